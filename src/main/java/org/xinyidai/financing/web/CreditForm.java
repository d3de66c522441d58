package org.xinyidai.financing.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinyidai.financing.loan.CreditTerms;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;

/** 授信 form: line in 万元, annual rate in percent (4 decimals), term, valid until. */
record CreditForm(@NotNull(message = "{loan.validation.line.required}")
                  @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
                  @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}") BigDecimal lineWan,
                  @NotNull(message = "{loan.validation.rate.required}")
                  @DecimalMin(value = "0", message = "{loan.refused.rate}")
                  @DecimalMax(value = "36", message = "{loan.refused.rate}")
                  @Digits(integer = 2, fraction = 4, message = "{loan.validation.rate.format}") BigDecimal annualRate,
                  @NotNull(message = "{order.validation.term.required}")
                  @Min(value = 1, message = "{order.validation.term.range}")
                  @Max(value = 360, message = "{order.validation.term.range}") Integer termMonths,
                  @NotNull(message = "{loan.validation.validUntil.required}")
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {

    CreditTerms terms() {
        return new CreditTerms(Money.ofWan(lineWan.toPlainString()), new Rate(annualRate), termMonths, validUntil);
    }
}
