package org.xinyidai.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters whose last one is a
 * check character over the first 17.
 *
 * <p>The check character is only required to be a letter or digit here, so that a code whose check
 * character is wrong (even one outside the alphabet) is told apart from a malformed code.
 *
 * <p>A code can be well-formed yet fail its check: some early pilot codes do, and are real. Such a
 * code is still a {@code Uscc} (so it can go to manual review), and {@link #checkCharacterValid()}
 * says so.
 */
public record Uscc(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORMAT = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-Z]$");

    public Uscc {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a well-formed unified social credit code: " + value);
        }
    }

    /** Parses user input (trimmed, upper-cased); empty when the format is wrong. */
    public static Optional<Uscc> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.trim().toUpperCase();
        return FORMAT.matcher(code).matches() ? Optional.of(new Uscc(code)) : Optional.empty();
    }

    /** The check character the first 17 characters call for. */
    public char expectedCheckCharacter() {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(value.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public boolean checkCharacterValid() {
        return value.charAt(17) == expectedCheckCharacter();
    }

    /** The administrative division code in positions 3–8. */
    public String divisionCode() {
        return value.substring(2, 8);
    }
}
