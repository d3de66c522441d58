package org.xinyidai.financing.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** 申请融资: what an enterprise enters when it applies for a product; the amount in 万元. */
public class ApplicationForm {

    @NotNull(message = "{order.validation.amount.required}")
    @DecimalMin(value = "0.01", message = "{order.validation.amount.positive}")
    @Digits(integer = 8, fraction = 2, message = "{order.validation.amount.format}")
    private BigDecimal amountWan;

    @NotNull(message = "{order.validation.term.required}")
    @Min(value = 1, message = "{order.validation.term.range}")
    @Max(value = 360, message = "{order.validation.term.range}")
    private Integer termMonths;

    @NotBlank(message = "{order.validation.purpose.required}")
    @Size(max = 500, message = "{order.validation.purpose.tooLong}")
    private String purpose;

    @NotBlank(message = "{validation.name.required}")
    @Size(max = 32, message = "{validation.name.tooLong}")
    private String contactName;

    @NotBlank(message = "{validation.phone.required}")
    @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.phone.format}")
    private String contactPhone;

    public BigDecimal getAmountWan() {
        return amountWan;
    }

    public void setAmountWan(BigDecimal amountWan) {
        this.amountWan = amountWan;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
