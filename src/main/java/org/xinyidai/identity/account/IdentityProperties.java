package org.xinyidai.identity.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every limit of sign-in and SMS codes, under {@code xyd.identity} (see application.yml).
 *
 * @param maxFailedAttempts wrong passwords or codes in a row before the account locks
 * @param lockout           how long a locked account stays locked
 * @param staffSecondFactor staff signing in with a password also enter an SMS code
 * @param codeSecret        the key SMS codes are hashed with; set it in production
 */
@ConfigurationProperties("xyd.identity")
public record IdentityProperties(@DefaultValue("8") int passwordMinLength,
                                 @DefaultValue("5") int maxFailedAttempts,
                                 @DefaultValue("15m") Duration lockout,
                                 @DefaultValue("true") boolean staffSecondFactor,
                                 @DefaultValue("change-me-in-production") String codeSecret,
                                 @DefaultValue Sms sms) {

    /**
     * @param validity        how long a code can be used
     * @param resendInterval  at most one code per phone number in this interval
     * @param dailyPerPhone   codes per phone number per calendar day
     * @param hourlyPerIp     codes per client address per hour
     * @param attemptsPerCode wrong entries before a code is spent
     * @param devOutbox       keep sent messages on the /dev/sms page (dev profile only)
     */
    public record Sms(@DefaultValue("5m") Duration validity,
                      @DefaultValue("1m") Duration resendInterval,
                      @DefaultValue("10") int dailyPerPhone,
                      @DefaultValue("30") int hourlyPerIp,
                      @DefaultValue("5") int attemptsPerCode,
                      @DefaultValue("false") boolean devOutbox) {
    }
}
