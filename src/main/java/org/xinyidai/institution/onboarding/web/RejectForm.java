package org.xinyidai.institution.onboarding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin's reason for turning an application down; the applicant reads it in an SMS. */
public class RejectForm {

    public static final int REASON_MAX = 200;

    @NotBlank(message = "{onboarding.reject.reason.required}")
    @Size(max = REASON_MAX, message = "{onboarding.reject.reason.tooLong}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.replace("\r\n", "\n").strip();
    }
}
