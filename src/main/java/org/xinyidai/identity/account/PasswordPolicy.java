package org.xinyidai.identity.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The password policy: at least N characters (8 by default), at least three of the four character
 * classes (upper case, lower case, digits, symbols), and not the account's own phone number.
 */
@Component
public class PasswordPolicy {

    private final int minLength;

    @Autowired
    public PasswordPolicy(IdentityProperties properties) {
        this(properties.passwordMinLength());
    }

    PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    public int minLength() {
        return minLength;
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String password, String phone) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add("password.policy.length");
        }
        if (password != null && characterClasses(password) < 3) {
            problems.add("password.policy.classes");
        }
        if (password != null && phone != null && password.contains(phone)) {
            problems.add("password.policy.phone");
        }
        return problems;
    }

    static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
