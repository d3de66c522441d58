package org.xinyidai.messaging.texts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.messaging.MessagingProperties;
import org.xinyidai.messaging.TextMessages;
import org.xinyidai.messaging.inbox.TextArguments;
import org.xinyidai.shared.PhoneNumber;

/**
 * Checks the number and today's count, records the text and announces it inside the module; {@link TextSender}
 * sends it after the commit. Two replies racing to the same number may both pass the count: the cap is there
 * against a stranger's number being texted over and over, not as an exact quota.
 */
@Service
class TextMessagesService implements TextMessages {

    private final Texts texts;
    private final MessagingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    TextMessagesService(Texts texts, MessagingProperties properties, ApplicationEventPublisher events, Clock clock,
                        ZoneId zone) {
        this.texts = texts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    @Transactional
    public TextOutcome send(String number, String textKey, List<String> args) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(number);
        if (phone.isEmpty()) {
            return TextOutcome.NOT_A_MOBILE;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime startOfDay = now.atZoneSameInstant(zone).toLocalDate().atStartOfDay(zone).toOffsetDateTime();
        if (texts.countSince(phone.get().value(), startOfDay) >= properties.textsPerNumberPerDay()) {
            return TextOutcome.DAILY_LIMIT_REACHED;
        }
        List<String> clean = TextArguments.clean(args);
        long id = texts.insert(phone.get().value(), textKey, clean, now);
        events.publishEvent(new TextQueued(id, phone.get().value(), textKey, clean));
        return TextOutcome.QUEUED;
    }
}
