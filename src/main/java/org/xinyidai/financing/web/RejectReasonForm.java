package org.xinyidai.financing.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.financing.order.RejectReasons.RejectReason;

/** One rejection reason as the platform admin enters it. */
public class RejectReasonForm {

    @NotBlank(message = "{reason.validation.code}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{reason.validation.code}")
    private String code;

    @NotBlank(message = "{reason.validation.label}")
    @Size(max = 100, message = "{reason.validation.label}")
    private String labelZh;

    @NotBlank(message = "{reason.validation.label}")
    @Size(max = 100, message = "{reason.validation.label}")
    private String labelEn;

    private boolean active = true;

    @NotNull(message = "{reason.validation.sort}")
    @Min(value = 0, message = "{reason.validation.sort}")
    @Max(value = 999, message = "{reason.validation.sort}")
    private Integer sortOrder = 10;

    RejectReason reason() {
        return new RejectReason(code, labelZh.strip(), labelEn.strip(), active, sortOrder);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
