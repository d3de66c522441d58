package org.xinyidai.identity.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.xinyidai.identity.account.PasswordPolicy;
import org.xinyidai.shared.PhoneNumber;

/** Puts the password policy's findings, and a mismatched confirmation, beside the fields. */
@Component
class PasswordRules {

    private final PasswordPolicy policy;

    PasswordRules(PasswordPolicy policy) {
        this.policy = policy;
    }

    void check(String password, String confirmation, String phone, BindingResult errors) {
        if (password == null || errors.hasFieldErrors("password")) {
            return;
        }
        String normalisedPhone = PhoneNumber.parse(phone).map(PhoneNumber::value).orElse(phone);
        for (String key : policy.violations(password, normalisedPhone)) {
            errors.rejectValue("password", key, new Object[] {policy.minLength()}, null);
        }
        if (confirmation != null && !confirmation.equals(password) && !errors.hasFieldErrors("confirmPassword")) {
            errors.rejectValue("confirmPassword", "validation.confirm.mismatch");
        }
    }

    int minLength() {
        return policy.minLength();
    }
}
