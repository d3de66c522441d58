package org.xinyidai.shared.admission;

/**
 * The answer for one condition: passed, failed, or cannot be told yet, with a message key (and its
 * arguments) that explains it to the user.
 */
public record AdmissionCheck(String condition, Outcome outcome, String messageKey, Object... args) {

    public enum Outcome {
        PASS, FAIL, UNKNOWN
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
