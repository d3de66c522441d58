package org.xinyidai.enterprise.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The advisor's reason for turning an authentication or a claim down; the enterprise reads it. */
record ReasonForm(@NotBlank(message = "{enterprise.review.reason.required}")
                  @Size(max = REASON_MAX, message = "{enterprise.review.reason.tooLong}") String reason) {

    static final int REASON_MAX = 200;

    ReasonForm {
        reason = reason == null ? null : reason.replace("\r\n", "\n").strip();
    }

    static ReasonForm blank() {
        return new ReasonForm(null);
    }
}
