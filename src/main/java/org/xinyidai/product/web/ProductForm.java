package org.xinyidai.product.web;

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
import org.xinyidai.site.SiteApi;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.Product;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.shared.admission.AdmissionCriteria;
import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.admission.TaxCreditGrade;

/** 添加产品 / 编辑产品: every field of a product, with its limits; ranges are checked in {@link #checkRanges}. */
public class ProductForm {

    @NotBlank(message = "{product.name.required}")
    @Size(max = 60, message = "{product.name.tooLong}")
    private String name;
    @NotNull(message = "{product.type.required}")
    private ProductType type;
    @NotEmpty(message = "{product.guarantee.required}")
    private Set<GuaranteeMethod> guaranteeMethods = EnumSet.noneOf(GuaranteeMethod.class);
    @NotNull(message = "{product.amount.required}")
    @DecimalMin(value = "0.01", message = "{product.amount.positive}")
    @DecimalMax(value = "100000", message = "{product.amount.tooLarge}")
    @Digits(integer = 6, fraction = 2, message = "{product.amount.format}")
    private BigDecimal amountMin;
    @NotNull(message = "{product.amount.required}")
    @DecimalMin(value = "0.01", message = "{product.amount.positive}")
    @DecimalMax(value = "100000", message = "{product.amount.tooLarge}")
    @Digits(integer = 6, fraction = 2, message = "{product.amount.format}")
    private BigDecimal amountMax;
    @NotNull(message = "{product.term.required}")
    @Min(value = 1, message = "{product.term.range}")
    @Max(value = 360, message = "{product.term.range}")
    private Integer termMin;
    @NotNull(message = "{product.term.required}")
    @Min(value = 1, message = "{product.term.range}")
    @Max(value = 360, message = "{product.term.range}")
    private Integer termMax;
    @NotNull(message = "{product.rate.required}")
    @DecimalMin(value = "0", message = "{product.rate.range}")
    @DecimalMax(value = "24", message = "{product.rate.range}")
    @Digits(integer = 2, fraction = 4, message = "{product.rate.format}")
    private BigDecimal rateMin;
    @NotNull(message = "{product.rate.required}")
    @DecimalMin(value = "0", message = "{product.rate.range}")
    @DecimalMax(value = "24", message = "{product.rate.range}")
    @Digits(integer = 2, fraction = 4, message = "{product.rate.format}")
    private BigDecimal rateMax;
    @NotEmpty(message = "{product.repayment.required}")
    private Set<RepaymentMethod> repaymentMethods = EnumSet.noneOf(RepaymentMethod.class);
    private boolean online = true;
    private Set<String> districts = new LinkedHashSet<>();
    private Set<IndustrySection> industries = EnumSet.noneOf(IndustrySection.class);
    private Set<EnterpriseSize> sizes = EnumSet.noneOf(EnterpriseSize.class);
    @Min(value = 0, message = "{product.minYears.range}")
    @Max(value = 50, message = "{product.minYears.range}")
    private Integer minYears;
    private Set<TaxCreditGrade> taxGrades = EnumSet.noneOf(TaxCreditGrade.class);
    @DecimalMin(value = "0", message = "{product.revenue.range}")
    @Digits(integer = 10, fraction = 2, message = "{product.revenue.range}")
    private BigDecimal revenueMin;
    @DecimalMin(value = "0", message = "{product.revenue.range}")
    @Digits(integer = 10, fraction = 2, message = "{product.revenue.range}")
    private BigDecimal revenueMax;
    private CreditGrade minCreditGrade;
    private boolean notDishonest = true;
    @Size(max = 1000, message = "{product.materials.tooLong}")
    private String requiredMaterials;
    @Size(max = 500, message = "{product.features.tooLong}")
    private String features;
    @Size(max = 10000, message = "{product.description.tooLong}")
    private String description;
    @Size(max = 32, message = "{node.contactName.tooLong}")
    private String contactName;
    @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "{node.contactPhone.format}")
    private String contactPhone;
    private Set<ProductTag> tags = EnumSet.noneOf(ProductTag.class);
    private int version;

    /** Minimum above maximum is refused beside the maximum field. */
    void checkRanges(BindingResult errors) {
        inverted(errors, amountMin, amountMax, "amountMax", "product.amount.inverted");
        inverted(errors, termMin == null ? null : BigDecimal.valueOf(termMin),
                termMax == null ? null : BigDecimal.valueOf(termMax), "termMax", "product.term.inverted");
        inverted(errors, rateMin, rateMax, "rateMax", "product.rate.inverted");
        inverted(errors, revenueMin, revenueMax, "revenueMax", "product.revenue.inverted");
    }

    /** Districts served are districts of the city sites (what the form offers); anything else is refused. */
    void checkDistricts(BindingResult errors, SiteApi sites) {
        if (districts.stream().anyMatch(code -> !sites.isDistrict(code))) {
            errors.rejectValue("districts", "product.districts.unknown");
        }
    }

    private static void inverted(BindingResult errors, BigDecimal min, BigDecimal max, String field, String key) {
        if (min != null && max != null && min.compareTo(max) > 0 && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    ProductDraft draft() {
        return new ProductDraft(name.trim(), type, guaranteeMethods, amountMin, amountMax, termMin, termMax, rateMin,
                rateMax, repaymentMethods, online, new AdmissionCriteria(minYears, taxGrades, revenueMin, revenueMax,
                industries, districts, sizes, minCreditGrade, notDishonest), trim(requiredMaterials), trim(features),
                description, trim(contactName), trim(contactPhone), tags);
    }

    static ProductForm of(Product p) {
        ProductForm f = new ProductForm();
        f.name = p.name();
        f.type = p.type();
        f.guaranteeMethods = copy(p.guaranteeMethods(), GuaranteeMethod.class);
        f.amountMin = p.amountMinWan();
        f.amountMax = p.amountMaxWan();
        f.termMin = p.termMinMonths();
        f.termMax = p.termMaxMonths();
        f.rateMin = p.rateMin().stripTrailingZeros();
        f.rateMax = p.rateMax().stripTrailingZeros();
        f.repaymentMethods = copy(p.repaymentMethods(), RepaymentMethod.class);
        f.online = p.online();
        f.districts = new LinkedHashSet<>(p.criteria().regionCodes());
        f.industries = copy(p.criteria().industries(), IndustrySection.class);
        f.sizes = copy(p.criteria().sizes(), EnterpriseSize.class);
        f.minYears = p.criteria().minYearsInBusiness();
        f.taxGrades = copy(p.criteria().taxCreditGrades(), TaxCreditGrade.class);
        f.revenueMin = p.criteria().minRevenueWan();
        f.revenueMax = p.criteria().maxRevenueWan();
        f.minCreditGrade = p.criteria().minCreditGrade();
        f.notDishonest = p.criteria().notOnDishonestyList();
        f.requiredMaterials = p.requiredMaterials();
        f.features = p.features();
        f.description = p.descriptionHtml();
        f.contactName = p.contactName();
        f.contactPhone = p.contactPhone();
        f.tags = copy(p.tags(), ProductTag.class);
        f.version = p.version();
        return f;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    // Getters and setters for binding.
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ProductType getType() { return type; }
    public void setType(ProductType type) { this.type = type; }
    public Set<GuaranteeMethod> getGuaranteeMethods() { return guaranteeMethods; }
    public void setGuaranteeMethods(Set<GuaranteeMethod> v) { this.guaranteeMethods = v == null ? EnumSet.noneOf(GuaranteeMethod.class) : v; }
    public BigDecimal getAmountMin() { return amountMin; }
    public void setAmountMin(BigDecimal amountMin) { this.amountMin = amountMin; }
    public BigDecimal getAmountMax() { return amountMax; }
    public void setAmountMax(BigDecimal amountMax) { this.amountMax = amountMax; }
    public Integer getTermMin() { return termMin; }
    public void setTermMin(Integer termMin) { this.termMin = termMin; }
    public Integer getTermMax() { return termMax; }
    public void setTermMax(Integer termMax) { this.termMax = termMax; }
    public BigDecimal getRateMin() { return rateMin; }
    public void setRateMin(BigDecimal rateMin) { this.rateMin = rateMin; }
    public BigDecimal getRateMax() { return rateMax; }
    public void setRateMax(BigDecimal rateMax) { this.rateMax = rateMax; }
    public Set<RepaymentMethod> getRepaymentMethods() { return repaymentMethods; }
    public void setRepaymentMethods(Set<RepaymentMethod> v) { this.repaymentMethods = v == null ? EnumSet.noneOf(RepaymentMethod.class) : v; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public Set<String> getDistricts() { return districts; }
    public void setDistricts(Set<String> v) { this.districts = v == null ? new LinkedHashSet<>() : v; }
    public Set<IndustrySection> getIndustries() { return industries; }
    public void setIndustries(Set<IndustrySection> v) { this.industries = v == null ? EnumSet.noneOf(IndustrySection.class) : v; }
    public Set<EnterpriseSize> getSizes() { return sizes; }
    public void setSizes(Set<EnterpriseSize> v) { this.sizes = v == null ? EnumSet.noneOf(EnterpriseSize.class) : v; }
    public Integer getMinYears() { return minYears; }
    public void setMinYears(Integer minYears) { this.minYears = minYears; }
    public Set<TaxCreditGrade> getTaxGrades() { return taxGrades; }
    public void setTaxGrades(Set<TaxCreditGrade> v) { this.taxGrades = v == null ? EnumSet.noneOf(TaxCreditGrade.class) : v; }
    public BigDecimal getRevenueMin() { return revenueMin; }
    public void setRevenueMin(BigDecimal revenueMin) { this.revenueMin = revenueMin; }
    public BigDecimal getRevenueMax() { return revenueMax; }
    public void setRevenueMax(BigDecimal revenueMax) { this.revenueMax = revenueMax; }
    public CreditGrade getMinCreditGrade() { return minCreditGrade; }
    public void setMinCreditGrade(CreditGrade minCreditGrade) { this.minCreditGrade = minCreditGrade; }
    public boolean isNotDishonest() { return notDishonest; }
    public void setNotDishonest(boolean notDishonest) { this.notDishonest = notDishonest; }
    public String getRequiredMaterials() { return requiredMaterials; }
    public void setRequiredMaterials(String v) { this.requiredMaterials = v; }
    public String getFeatures() { return features; }
    public void setFeatures(String features) { this.features = features; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public Set<ProductTag> getTags() { return tags; }
    public void setTags(Set<ProductTag> v) { this.tags = v == null ? EnumSet.noneOf(ProductTag.class) : v; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
