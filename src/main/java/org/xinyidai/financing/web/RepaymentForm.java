package org.xinyidai.financing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinyidai.financing.loan.Repayment;

/** 还款登记 form: which loan, how much (元), on which day. */
record RepaymentForm(@NotNull(message = "{loan.validation.loan.required}") Long loanId,
                     @NotNull(message = "{order.validation.amount.required}")
                     @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
                     @Digits(integer = 12, fraction = 2, message = "{order.validation.amount.format}") BigDecimal amount,
                     @NotNull(message = "{loan.validation.paidOn.required}")
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {

    Repayment repayment() {
        return new Repayment(loanId, paidOn, amount);
    }
}
