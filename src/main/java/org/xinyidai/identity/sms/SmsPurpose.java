package org.xinyidai.identity.sms;

/** What an SMS code is for; a code sent for one purpose is never accepted for another. */
public enum SmsPurpose {
    REGISTER, LOGIN, RESET_PASSWORD, SECOND_FACTOR
}
