package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The change-password page, and a new staff member's first password (which has no current one to give).
 *
 * @param currentPassword required when changing, checked by the account service
 */
record PasswordChangeForm(String currentPassword,
                          @Size(max = 64, message = "{validation.password.tooLong}")
                          @NotBlank(message = "{validation.password.required}") String password,
                          @NotBlank(message = "{validation.confirm.required}") String confirmPassword) {

    static PasswordChangeForm blank() {
        return new PasswordChangeForm(null, null, null);
    }
}
