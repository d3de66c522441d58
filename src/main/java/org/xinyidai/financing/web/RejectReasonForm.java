package org.xinyidai.financing.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.financing.order.RejectReasons.RejectReason;

/** One rejection reason as the platform admin enters it; offered unless the tick box was cleared. */
record RejectReasonForm(@NotBlank(message = "{reason.validation.code}")
                        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{reason.validation.code}") String code,
                        @NotBlank(message = "{reason.validation.label}")
                        @Size(max = 100, message = "{reason.validation.label}") String labelZh,
                        @NotBlank(message = "{reason.validation.label}")
                        @Size(max = 100, message = "{reason.validation.label}") String labelEn,
                        Boolean active,
                        @NotNull(message = "{reason.validation.sort}")
                        @Min(value = 0, message = "{reason.validation.sort}")
                        @Max(value = 999, message = "{reason.validation.sort}") Integer sortOrder) {

    RejectReasonForm {
        active = active == null || active;
    }

    static RejectReasonForm blank() {
        return new RejectReasonForm(null, null, null, true, 10);
    }

    /** The reason under {@code code} (an edit names it in its address, not in the form). */
    RejectReason reason(String code) {
        return new RejectReason(code, labelZh.strip(), labelEn.strip(), active, sortOrder);
    }

    RejectReason reason() {
        return reason(code);
    }
}
