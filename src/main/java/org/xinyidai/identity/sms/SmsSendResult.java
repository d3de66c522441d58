package org.xinyidai.identity.sms;

/**
 * The answer to a request for a code: sent, or refused with a message key and its arguments (a throttle
 * limit, say). The code itself is never part of it.
 */
public record SmsSendResult(boolean sent, String messageKey, Object[] args) {

    static SmsSendResult ok() {
        return new SmsSendResult(true, "sms.sent", new Object[0]);
    }

    /** The sign-in this code was for has timed out; start again. */
    public static SmsSendResult expired() {
        return new SmsSendResult(false, "login.secondFactor.expired", new Object[0]);
    }

    public static SmsSendResult refused(String messageKey, Object... args) {
        return new SmsSendResult(false, messageKey, args);
    }
}
