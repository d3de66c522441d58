package org.xinyidai.financing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 还款登记 form: which loan, how much (元), on which day. */
public class RepaymentForm {

    @NotNull(message = "{loan.validation.loan.required}")
    private Long loanId;

    @NotNull(message = "{order.validation.amount.required}")
    @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
    @Digits(integer = 12, fraction = 2, message = "{order.validation.amount.format}")
    private BigDecimal amount;

    @NotNull(message = "{loan.validation.paidOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    public Long getLoanId() {
        return loanId;
    }

    public void setLoanId(Long loanId) {
        this.loanId = loanId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }
}
