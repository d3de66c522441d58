package org.xinyidai.enterprise.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The advisor's reason for turning an authentication or a claim down; the enterprise reads it. */
public class ReasonForm {

    public static final int REASON_MAX = 200;

    @NotBlank(message = "{enterprise.review.reason.required}")
    @Size(max = REASON_MAX, message = "{enterprise.review.reason.tooLong}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.replace("\r\n", "\n").strip();
    }
}
