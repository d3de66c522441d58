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
import org.xinyidai.financing.loan.Disbursement;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;

/** 放款 form: amount in 万元, date, annual rate, term and repayment method. */
record DisbursementForm(@NotNull(message = "{order.validation.amount.required}")
                        @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
                        @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}")
                        BigDecimal amountWan,
                        @NotNull(message = "{loan.validation.disbursedOn.required}")
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disbursedOn,
                        @NotNull(message = "{loan.validation.rate.required}")
                        @DecimalMin(value = "0", message = "{loan.refused.rate}")
                        @DecimalMax(value = "36", message = "{loan.refused.rate}")
                        @Digits(integer = 2, fraction = 4, message = "{loan.validation.rate.format}")
                        BigDecimal annualRate,
                        @NotNull(message = "{order.validation.term.required}")
                        @Min(value = 1, message = "{order.validation.term.range}")
                        @Max(value = 360, message = "{order.validation.term.range}") Integer termMonths,
                        @NotNull(message = "{loan.validation.method.required}") RepaymentMethod method) {

    Disbursement disbursement() {
        return new Disbursement(Money.ofWan(amountWan.toPlainString()), disbursedOn, new Rate(annualRate), termMonths,
                method);
    }
}
