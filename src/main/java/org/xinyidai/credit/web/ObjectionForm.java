package org.xinyidai.credit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 提出异议: why the enterprise says a record is wrong. */
record ObjectionForm(@NotBlank(message = "{credit.objection.reason.required}")
                     @Size(max = 500, message = "{credit.objection.reason.tooLong}") String reason) {

    ObjectionForm {
        reason = reason == null ? null : reason.replace("\r\n", "\n").strip();
    }

    static ObjectionForm blank() {
        return new ObjectionForm(null);
    }
}
