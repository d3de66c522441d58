package org.xinyidai.identity.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.SmsGateway;
import org.xinyidai.shared.PhoneNumber;

/**
 * The default SMS adapter: no carrier, a log line with the number masked and every digit run of four or
 * more masked too (codes never reach the log). In the dev profile the whole message is also kept in the
 * {@link DevSmsOutbox} so a person can finish a sign-up without a phone. A carrier's adapter is
 * another {@link SmsGateway} bean marked {@code @Primary}.
 */
@Component
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    private final DevSmsOutbox outbox;
    private final Clock clock;

    LoggingSmsGateway(DevSmsOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(PhoneNumber to, String text) {
        log.info("SMS to {}: {}", to.masked(), text.replaceAll("\\d{4,}", "******"));
        outbox.keep(to, text, OffsetDateTime.now(clock));
    }
}
