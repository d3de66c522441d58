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

/** 授信 form: line in 万元, annual rate in percent (4 decimals), term, valid until. */
public class CreditForm {

    @NotNull(message = "{loan.validation.line.required}")
    @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
    @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}")
    private BigDecimal lineWan;

    @NotNull(message = "{loan.validation.rate.required}")
    @DecimalMin(value = "0", message = "{loan.refused.rate}")
    @DecimalMax(value = "36", message = "{loan.refused.rate}")
    @Digits(integer = 2, fraction = 4, message = "{loan.validation.rate.format}")
    private BigDecimal annualRate;

    @NotNull(message = "{order.validation.term.required}")
    @Min(value = 1, message = "{order.validation.term.range}")
    @Max(value = 360, message = "{order.validation.term.range}")
    private Integer termMonths;

    @NotNull(message = "{loan.validation.validUntil.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    CreditTerms terms() {
        return new CreditTerms(lineWan, annualRate, termMonths, validUntil);
    }

    public BigDecimal getLineWan() {
        return lineWan;
    }

    public void setLineWan(BigDecimal lineWan) {
        this.lineWan = lineWan;
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

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
