package org.xinyidai.identity.account;

import org.xinyidai.shared.Refused;

/**
 * The outcome of one sign-in step. A denial is an outcome, not a thrown {@link Refused}: what led to it (a wrong
 * password counted towards the lockout, the failure in the operation log) must be kept, not rolled back.
 */
public sealed interface SignIn {

    /** The person is who they claim: start the session. */
    record Granted(Account account) implements SignIn {
    }

    /** The password was right; a staff member now enters the SMS code sent to the account's phone. */
    record SecondFactorRequired(Account account) implements SignIn {
    }

    /**
     * Denied, with the message to show (beside the field it is about, or above the form).
     *
     * @param startOver the sign-in cannot go on (the account is locked or disabled): a second step under way is
     *                  over, the person starts again from the login page
     */
    record Denied(Refused reason, boolean startOver) implements SignIn {
    }
}
