package org.xinyidai.enterprise.web;

import static org.xinyidai.shared.web.FormText.trimmed;
import static org.xinyidai.shared.web.FormText.upperCase;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * 新增企业 / 编辑企业 as entered, amounts in 万元. Format rules are here (and the tidying of what was typed: spaces
 * trimmed, codes in capitals, a missing size category taken from the industry); the USCC and ID number are read by
 * the controller, the rules on the date, the district and the USCC are the service's.
 *
 * @param legalRepId required when adding; when editing, blank keeps the number on file (never shown in full)
 * @param confirmed  the user read the USCC warnings (wrong check character, or a claim) and submits anyway
 * @param version    the enterprise's version when the edit form was opened
 */
record EnterpriseForm(@NotBlank(message = "{enterprise.name.required}")
                      @Size(max = 100, message = "{enterprise.name.tooLong}") String name,
                      @NotBlank(message = "{enterprise.uscc.required}") String uscc,
                      @NotBlank(message = "{enterprise.legalRepName.required}")
                      @Size(max = 50, message = "{enterprise.legalRepName.tooLong}") String legalRepName,
                      String legalRepId,
                      @NotNull(message = "{enterprise.amount.required}")
                      @DecimalMin(value = "0.01", message = "{enterprise.amount.positive}")
                      @Digits(integer = 14, fraction = 2, message = "{enterprise.amount.digits}")
                      BigDecimal registeredCapitalWan,
                      @NotNull(message = "{enterprise.establishedOn.required}")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
                      @NotNull(message = "{enterprise.industry.required}") IndustrySection industry,
                      SizingCategory sizingCategory,
                      @NotBlank(message = "{enterprise.region.required}") String regionCode,
                      @Size(max = 200, message = "{enterprise.address.tooLong}") String address,
                      @NotNull(message = "{enterprise.employees.required}")
                      @Min(value = 0, message = "{enterprise.employees.range}")
                      @Max(value = 10_000_000, message = "{enterprise.employees.range}") Integer employees,
                      @NotNull(message = "{enterprise.amount.required}")
                      @DecimalMin(value = "0", message = "{enterprise.amount.notNegative}")
                      @Digits(integer = 14, fraction = 2, message = "{enterprise.amount.digits}")
                      BigDecimal annualRevenueWan,
                      @NotNull(message = "{enterprise.amount.required}")
                      @DecimalMin(value = "0", message = "{enterprise.amount.notNegative}")
                      @Digits(integer = 14, fraction = 2, message = "{enterprise.amount.digits}")
                      BigDecimal totalAssetsWan,
                      Boolean confirmed, Integer version) {

    EnterpriseForm {
        name = trimmed(name);
        uscc = upperCase(uscc);
        legalRepName = trimmed(legalRepName);
        legalRepId = upperCase(legalRepId);
        address = trimmed(address);
        if (sizingCategory == null && industry != null) {
            sizingCategory = SizingCategory.defaultFor(industry);
        }
    }

    static EnterpriseForm blank() {
        return new EnterpriseForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** The form filled with an enterprise's data, except its ID number, which is never sent back in full. */
    static EnterpriseForm of(Enterprise e) {
        return new EnterpriseForm(e.name(), e.uscc(), e.legalRepName(), null, e.registeredCapital().inWan(),
                e.establishedOn(), e.industry(), e.sizingCategory(), e.regionCode(), e.address(), e.employees(),
                e.annualRevenue().inWan(), e.totalAssets().inWan(), null, e.version());
    }

    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }

    /** The version the person saw; none (a crafted form) never matches. */
    int seenVersion() {
        return version == null ? -1 : version;
    }

    /** The enterprise as entered, once every field is right. */
    NewEnterprise entered(Uscc code, ResidentIdNumber id) {
        return new NewEnterprise(name, code, legalRepName, id, wan(registeredCapitalWan), establishedOn, industry,
                sizingCategory, regionCode, address == null || address.isBlank() ? null : address, employees,
                wan(annualRevenueWan), wan(totalAssetsWan));
    }

    /** The size by what is entered so far, for the form to show; empty until the figures are there. */
    Optional<EnterpriseSize> size() {
        boolean figures = employees != null && annualRevenueWan != null && annualRevenueWan.signum() >= 0
                && totalAssetsWan != null && totalAssetsWan.signum() >= 0;
        return sizingCategory == null || !figures ? Optional.empty()
                : Optional.of(sizingCategory.classify(employees, wan(annualRevenueWan), wan(totalAssetsWan)));
    }

    private static Money wan(BigDecimal amountWan) {
        return Money.ofWan(amountWan.toPlainString());
    }
}
