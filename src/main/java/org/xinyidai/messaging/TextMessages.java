package org.xinyidai.messaging;

import java.util.List;

/**
 * Texts (SMS) that staff actions send to a number — a feedback reply, an onboarding decision — as opposed to
 * {@link MessageCentre} notices to an account. Called inside the caller's transaction: the text is recorded with
 * it and goes out after the commit, so a rolled-back action never texts anyone. The text is a key of the
 * messaging bundle, rendered in Chinese.
 */
public interface TextMessages {

    /**
     * @param number what the sender left (anything: it is checked here)
     * @return whether the text will go out, or why not
     */
    TextOutcome send(String number, String textKey, List<String> args);

    enum TextOutcome {
        /** Recorded; sent once the caller's transaction commits. */
        QUEUED,
        /** Not a mainland mobile number: nothing recorded, nothing sent. */
        NOT_A_MOBILE,
        /** The number already had its texts for today ({@code xyd.messaging.texts-per-number-per-day}). */
        DAILY_LIMIT_REACHED;

        public boolean queued() {
            return this == QUEUED;
        }
    }
}
