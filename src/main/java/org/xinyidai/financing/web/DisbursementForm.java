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

/** 放款 form: amount in 万元, date, annual rate, term and repayment method. */
public class DisbursementForm {

    @NotNull(message = "{order.validation.amount.required}")
    @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
    @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}")
    private BigDecimal amountWan;

    @NotNull(message = "{loan.validation.disbursedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate disbursedOn;

    @NotNull(message = "{loan.validation.rate.required}")
    @DecimalMin(value = "0", message = "{loan.refused.rate}")
    @DecimalMax(value = "36", message = "{loan.refused.rate}")
    @Digits(integer = 2, fraction = 4, message = "{loan.validation.rate.format}")
    private BigDecimal annualRate;

    @NotNull(message = "{order.validation.term.required}")
    @Min(value = 1, message = "{order.validation.term.range}")
    @Max(value = 360, message = "{order.validation.term.range}")
    private Integer termMonths;

    @NotNull(message = "{loan.validation.method.required}")
    private RepaymentMethod method;

    Disbursement disbursement() {
        return new Disbursement(amountWan, disbursedOn, annualRate, termMonths, method);
    }

    public BigDecimal getAmountWan() {
        return amountWan;
    }

    public void setAmountWan(BigDecimal amountWan) {
        this.amountWan = amountWan;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    public void setDisbursedOn(LocalDate disbursedOn) {
        this.disbursedOn = disbursedOn;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(BigDecimal annualRate) {
        this.annualRate = annualRate;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public RepaymentMethod getMethod() {
        return method;
    }

    public void setMethod(RepaymentMethod method) {
        this.method = method;
    }
}
