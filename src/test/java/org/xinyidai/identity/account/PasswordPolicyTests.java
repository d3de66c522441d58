package org.xinyidai.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(8);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Foshan@2026   | -",
            "foshan2026X   | -",
            "foshan@2026   | -",
            "FOSHAN#2026   | -",
            "Ab1!          | password.policy.length",
            "foshanfoshan  | password.policy.classes",
            "foshan2026    | password.policy.classes",
            "abc           | password.policy.length password.policy.classes",
            "Aa13812345678 | password.policy.phone",
            "Aa1 3812345678| -"})
    void acceptsOrNamesEveryBrokenRule(String password, String expected) {
        String found = String.join(" ", policy.violations(password, "13812345678"));
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource({"abcdefgh, 1", "abcdEFGH, 2", "abcDEF12, 3", "aB1!, 4", "中文密码中文密码, 1"})
    void countsCharacterClasses(String password, int classes) {
        assertThat(PasswordPolicy.characterClasses(password)).isEqualTo(classes);
    }

    @org.junit.jupiter.api.Test
    void theMinimumLengthIsConfigurable() {
        PasswordPolicy longer = new PasswordPolicy(12);
        assertThat(longer.violations("Foshan@2026", null)).containsExactly("password.policy.length");
        assertThat(longer.violations("Foshan@20261", null)).isEmpty();
    }
}
