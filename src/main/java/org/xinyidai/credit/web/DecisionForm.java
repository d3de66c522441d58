package org.xinyidai.credit.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The platform admin's review of an objection: upheld or not, the result the enterprise reads, and for an upheld one
 * optionally the corrected end date or amount (without them the record is removed).
 *
 * @param version the objection's version when the page was opened
 */
record DecisionForm(@NotNull(message = "{credit.objection.decision.required}") Boolean upheld,
                    @NotBlank(message = "{credit.objection.result.required}")
                    @Size(max = 500, message = "{credit.objection.result.tooLong}") String result,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate correctedEnd,
                    @DecimalMin(value = "0", message = "{credit.reject.amount}")
                    @Digits(integer = 14, fraction = 2, message = "{credit.reject.amount}") BigDecimal correctedAmount,
                    Integer version) {

    DecisionForm {
        result = result == null ? null : result.strip();
        version = version == null ? -1 : version;
    }

    static DecisionForm blank(int version) {
        return new DecisionForm(null, null, null, null, version);
    }
}
