package org.xinyidai.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A resident ID number (居民身份号码, GB 11643-1999), 18 characters with a check character. */
public record ResidentIdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{17}[\\dX]$");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public ResidentIdNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid resident ID number: " + Masking.idNumber(value));
        }
    }

    public static Optional<ResidentIdNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String id = input.trim().toUpperCase();
        return isValid(id) ? Optional.of(new ResidentIdNumber(id)) : Optional.empty();
    }

    /** Format, a real birth date and the check character. */
    public static boolean isValid(String id) {
        if (id == null || !FORMAT.matcher(id).matches() || birthDateOf(id).isEmpty()) {
            return false;
        }
        return id.charAt(17) == expectedCheckCharacter(id);
    }

    static char expectedCheckCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static Optional<LocalDate> birthDateOf(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
