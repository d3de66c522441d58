package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A phone number, its SMS code and a new password twice: registration and forgotten password.
 *
 * @param agreed consent to the user agreement and the privacy policy (registration only; null where the page has
 *               no such box: a record's missing {@code boolean} would be a binding error)
 * @param ref    the customer manager's referral code, from the QR link's {@code ?ref=} (registration only)
 */
record NewPasswordForm(@NotBlank(message = "{validation.phone.required}") String phone,
                       @NotBlank(message = "{validation.code.required}")
                       @Pattern(regexp = "^\\s*\\d{6}\\s*$", message = "{validation.code.format}") String code,
                       @Size(max = 64, message = "{validation.password.tooLong}")
                       @NotBlank(message = "{validation.password.required}") String password,
                       @NotBlank(message = "{validation.confirm.required}") String confirmPassword,
                       Boolean agreed, String ref) {

    boolean consented() {
        return Boolean.TRUE.equals(agreed);
    }

    static NewPasswordForm blank() {
        return withReferral(null);
    }

    static NewPasswordForm withReferral(String ref) {
        return new NewPasswordForm(null, null, null, null, null, ref);
    }
}
