package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The password tab of the login page. */
record PasswordLoginForm(@NotBlank(message = "{validation.phone.required}") String phone,
                         @NotBlank(message = "{validation.password.required}") String password) {

    static PasswordLoginForm blank() {
        return new PasswordLoginForm(null, null);
    }
}
