package org.xinyidai.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number, normalised to its 11 digits ({@code +86} / {@code 0086} stripped).
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    public PhoneNumber {
        if (value == null || !MOBILE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a mainland mobile number: " + Masking.phone(value));
        }
    }

    /** Parses user input: spaces, dashes and a +86 / 0086 prefix are tolerated. */
    public static Optional<PhoneNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return parse(input).isPresent();
    }

    /** {@code 138****5678}, for lists and logs. */
    public String masked() {
        return Masking.phone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
