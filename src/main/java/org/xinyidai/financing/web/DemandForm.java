package org.xinyidai.financing.web;

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
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.financing.demand.DemandRequest;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.GuaranteeMethod;

/** 发布融资需求: what an enterprise enters; the amount in 万元, the highest rate in percent a year. */
record DemandForm(@NotNull(message = "{order.validation.amount.required}")
                  @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
                  @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}") BigDecimal amountWan,
                  @NotNull(message = "{order.validation.term.required}")
                  @Min(value = 1, message = "{order.validation.term.range}")
                  @Max(value = 360, message = "{order.validation.term.range}") Integer termMonths,
                  @NotBlank(message = "{order.validation.purpose.required}")
                  @Size(max = 500, message = "{order.validation.purpose.tooLong}") String purpose,
                  @NotEmpty(message = "{demand.validation.guarantee.required}") List<GuaranteeMethod> guaranteeMethods,
                  @NotNull(message = "{demand.validation.maxRate.required}")
                  @DecimalMin(value = "0.01", message = "{demand.validation.maxRate.range}")
                  @DecimalMax(value = "36", message = "{demand.validation.maxRate.range}")
                  @Digits(integer = 2, fraction = 4, message = "{demand.validation.maxRate.format}") BigDecimal maxRate,
                  @NotNull(message = "{demand.validation.neededBy.required}")
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate neededBy,
                  @NotBlank(message = "{demand.validation.region.required}") String regionCode,
                  @NotBlank(message = "{validation.name.required}")
                  @Size(max = 32, message = "{validation.name.tooLong}") String contactName,
                  @NotBlank(message = "{validation.phone.required}")
                  @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.phone.format}") String contactPhone,
                  @Size(max = 500, message = "{demand.validation.note.tooLong}") String note) {

    DemandForm {
        guaranteeMethods = guaranteeMethods == null ? List.of() : List.copyOf(guaranteeMethods);
        purpose = purpose == null ? null : purpose.strip();
        contactName = contactName == null ? null : contactName.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The empty form: the enterprise's district, the person signed in as the contact. */
    static DemandForm blank(EnterpriseSummary enterprise, CurrentUser user) {
        return new DemandForm(null, null, null, List.of(), null, null, enterprise.regionCode(), user.displayName(),
                user.phone(), null);
    }

    DemandRequest toRequest() {
        return new DemandRequest(amountWan, termMonths, purpose, guaranteeMethods, maxRate, neededBy, regionCode,
                contactName, contactPhone, note);
    }
}
