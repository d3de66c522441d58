package org.xinyidai.identity.account;

/** The outcome of one sign-in step. */
public sealed interface SignIn {

    /** The person is who they claim: start the session. */
    record Granted(Account account) implements SignIn {
    }

    /** The password was right; a staff member now enters the SMS code sent to the account's phone. */
    record SecondFactorRequired(Account account) implements SignIn {
    }

    /** Refused, with the message to show and its arguments. */
    record Refused(String messageKey, Object... args) implements SignIn {
    }
}
