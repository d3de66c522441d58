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
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinyidai.financing.demand.DemandRequest;
import org.xinyidai.product.GuaranteeMethod;

/** 发布融资需求: what an enterprise enters; the amount in 万元, the highest rate in percent a year. */
public class DemandForm {

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

    @NotEmpty(message = "{demand.validation.guarantee.required}")
    private List<GuaranteeMethod> guaranteeMethods = new ArrayList<>();

    @NotNull(message = "{demand.validation.maxRate.required}")
    @DecimalMin(value = "0.01", message = "{demand.validation.maxRate.range}")
    @DecimalMax(value = "36", message = "{demand.validation.maxRate.range}")
    @Digits(integer = 2, fraction = 4, message = "{demand.validation.maxRate.format}")
    private BigDecimal maxRate;

    @NotNull(message = "{demand.validation.neededBy.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate neededBy;

    @NotBlank(message = "{demand.validation.region.required}")
    private String regionCode;

    @NotBlank(message = "{validation.name.required}")
    @Size(max = 32, message = "{validation.name.tooLong}")
    private String contactName;

    @NotBlank(message = "{validation.phone.required}")
    @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.phone.format}")
    private String contactPhone;

    @Size(max = 500, message = "{demand.validation.note.tooLong}")
    private String note;

    DemandRequest toRequest() {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        return new DemandRequest(amountWan, termMonths, purpose.strip(), guaranteeMethods, maxRate, neededBy,
                regionCode, contactName.strip(), contactPhone, cleanNote);
    }

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

    public List<GuaranteeMethod> getGuaranteeMethods() {
        return guaranteeMethods;
    }

    public void setGuaranteeMethods(List<GuaranteeMethod> guaranteeMethods) {
        this.guaranteeMethods = guaranteeMethods == null ? new ArrayList<>() : guaranteeMethods;
    }

    public BigDecimal getMaxRate() {
        return maxRate;
    }

    public void setMaxRate(BigDecimal maxRate) {
        this.maxRate = maxRate;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public void setNeededBy(LocalDate neededBy) {
        this.neededBy = neededBy;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
