package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A phone number and the SMS code sent to it: the SMS tab of the login page; the second factor uses only the
 * code (its phone is the account's own).
 */
record SmsCodeForm(@NotBlank(message = "{validation.phone.required}") String phone,
                   @NotBlank(message = "{validation.code.required}")
                   @Pattern(regexp = "^\\s*\\d{6}\\s*$", message = "{validation.code.format}") String code) {

    static SmsCodeForm blank() {
        return new SmsCodeForm(null, null);
    }
}
