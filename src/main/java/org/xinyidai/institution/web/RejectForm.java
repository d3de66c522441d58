package org.xinyidai.institution.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin's reason for turning an application down; the applicant reads it in an SMS. */
record RejectForm(@NotBlank(message = "{onboarding.reject.reason.required}")
                  @Size(max = REASON_MAX, message = "{onboarding.reject.reason.tooLong}") String reason) {

    static final int REASON_MAX = 200;

    RejectForm {
        reason = reason == null ? null : reason.replace("\r\n", "\n").strip();
    }

    static RejectForm blank() {
        return new RejectForm(null);
    }
}
