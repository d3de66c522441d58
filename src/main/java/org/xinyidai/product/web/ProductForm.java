package org.xinyidai.product.web;

import static org.xinyidai.shared.web.FormText.trimmedOrNull;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.admission.AdmissionCriteria;
import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.admission.TaxCreditGrade;

/**
 * 添加产品 / 编辑产品: every field of a product, with its limits, amounts in 万元 and rates in percent; a range
 * whose minimum is above its maximum is refused by {@link #checkRanges}. Boxes left unticked are off; sets left
 * out are empty.
 *
 * @param version the product's version when the edit form was opened
 */
record ProductForm(
        @NotBlank(message = "{product.name.required}") @Size(max = 60, message = "{product.name.tooLong}") String name,
        @NotNull(message = "{product.type.required}") ProductType type,
        @NotEmpty(message = "{product.guarantee.required}") Set<GuaranteeMethod> guaranteeMethods,
        @NotNull(message = "{product.amount.required}") @DecimalMin(value = "0.01", message = "{product.amount.positive}")
        @DecimalMax(value = "100000", message = "{product.amount.tooLarge}")
        @Digits(integer = 6, fraction = 2, message = "{product.amount.format}") BigDecimal amountMin,
        @NotNull(message = "{product.amount.required}") @DecimalMin(value = "0.01", message = "{product.amount.positive}")
        @DecimalMax(value = "100000", message = "{product.amount.tooLarge}")
        @Digits(integer = 6, fraction = 2, message = "{product.amount.format}") BigDecimal amountMax,
        @NotNull(message = "{product.term.required}") @Min(value = 1, message = "{product.term.range}")
        @Max(value = 360, message = "{product.term.range}") Integer termMin,
        @NotNull(message = "{product.term.required}") @Min(value = 1, message = "{product.term.range}")
        @Max(value = 360, message = "{product.term.range}") Integer termMax,
        @NotNull(message = "{product.rate.required}") @DecimalMin(value = "0", message = "{product.rate.range}")
        @DecimalMax(value = "24", message = "{product.rate.range}")
        @Digits(integer = 2, fraction = 4, message = "{product.rate.format}") BigDecimal rateMin,
        @NotNull(message = "{product.rate.required}") @DecimalMin(value = "0", message = "{product.rate.range}")
        @DecimalMax(value = "24", message = "{product.rate.range}")
        @Digits(integer = 2, fraction = 4, message = "{product.rate.format}") BigDecimal rateMax,
        @NotEmpty(message = "{product.repayment.required}") Set<RepaymentMethod> repaymentMethods,
        Boolean online, Set<String> districts, Set<IndustrySection> industries, Set<EnterpriseSize> sizes,
        @Min(value = 0, message = "{product.minYears.range}") @Max(value = 50, message = "{product.minYears.range}")
        Integer minYears,
        Set<TaxCreditGrade> taxGrades,
        @DecimalMin(value = "0", message = "{product.revenue.range}")
        @Digits(integer = 10, fraction = 2, message = "{product.revenue.range}") BigDecimal revenueMin,
        @DecimalMin(value = "0", message = "{product.revenue.range}")
        @Digits(integer = 10, fraction = 2, message = "{product.revenue.range}") BigDecimal revenueMax,
        CreditGrade minCreditGrade, Boolean notDishonest,
        @Size(max = 1000, message = "{product.materials.tooLong}") String requiredMaterials,
        @Size(max = 500, message = "{product.features.tooLong}") String features,
        @Size(max = 10000, message = "{product.description.tooLong}") String description,
        @Size(max = 32, message = "{node.contactName.tooLong}") String contactName,
        @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "{node.contactPhone.format}") String contactPhone,
        Set<ProductTag> tags, Integer version) {

    ProductForm {
        guaranteeMethods = guaranteeMethods == null ? Set.of() : guaranteeMethods;
        repaymentMethods = repaymentMethods == null ? Set.of() : repaymentMethods;
        online = online == null || online;
        districts = districts == null ? Set.of() : new LinkedHashSet<>(districts);
        industries = industries == null ? Set.of() : industries;
        sizes = sizes == null ? Set.of() : sizes;
        taxGrades = taxGrades == null ? Set.of() : taxGrades;
        notDishonest = notDishonest == null || notDishonest;
        tags = tags == null ? Set.of() : tags;
        version = version == null ? 0 : version;
    }

    /** A new product: a credit loan repaid in equal instalments until the admin says otherwise. */
    static ProductForm blank() {
        return new ProductForm(null, null, EnumSet.of(GuaranteeMethod.CREDIT), null, null, null, null, null, null,
                EnumSet.of(RepaymentMethod.EQUAL_INSTALLMENT), true, null, null, null, null, null, null, null, null,
                true, null, null, null, null, null, null, 0);
    }

    static ProductForm of(ProductSummary p) {
        AdmissionCriteria c = p.criteria();
        return new ProductForm(p.name(), p.type(), p.guaranteeMethods(), p.amountMin().inWan(), p.amountMax().inWan(),
                p.termMinMonths(), p.termMaxMonths(), p.rateMin().percent().stripTrailingZeros(),
                p.rateMax().percent().stripTrailingZeros(), p.repaymentMethods(), p.online(), c.regionCodes(),
                c.industries(), c.sizes(), c.minYearsInBusiness(), c.taxCreditGrades(), c.minRevenueWan(),
                c.maxRevenueWan(), c.minCreditGrade(), c.notOnDishonestyList(), p.requiredMaterials(), p.features(),
                p.descriptionHtml(), p.contactName(), p.contactPhone(), p.tags(), p.version());
    }

    /** Minimum above maximum is refused beside the maximum field. */
    void checkRanges(BindingResult errors) {
        inverted(errors, amountMin, amountMax, "amountMax", "product.amount.inverted");
        inverted(errors, termMin == null ? null : BigDecimal.valueOf(termMin),
                termMax == null ? null : BigDecimal.valueOf(termMax), "termMax", "product.term.inverted");
        inverted(errors, rateMin, rateMax, "rateMax", "product.rate.inverted");
        inverted(errors, revenueMin, revenueMax, "revenueMax", "product.revenue.inverted");
    }

    private static void inverted(BindingResult errors, BigDecimal min, BigDecimal max, String field, String key) {
        if (min != null && max != null && min.compareTo(max) > 0 && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    ProductDraft draft() {
        return new ProductDraft(name.trim(), type, guaranteeMethods, Money.ofWan(amountMin.toPlainString()),
                Money.ofWan(amountMax.toPlainString()), termMin, termMax, new Rate(rateMin), new Rate(rateMax),
                repaymentMethods, online, new AdmissionCriteria(minYears, taxGrades, revenueMin, revenueMax, industries,
                districts, sizes, minCreditGrade, notDishonest), trimmedOrNull(requiredMaterials),
                trimmedOrNull(features), description, trimmedOrNull(contactName), trimmedOrNull(contactPhone), tags);
    }
}
