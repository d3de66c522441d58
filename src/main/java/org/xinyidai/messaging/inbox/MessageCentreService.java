package org.xinyidai.messaging.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.messaging.MessageCentre;
import org.xinyidai.messaging.Notice;

/**
 * Stores a notice in the caller's transaction and announces it inside the module ({@link MessagePosted}); the
 * notices feature texts the person after the commit, so a rolled-back order never sends an SMS.
 */
@Service
class MessageCentreService implements MessageCentre {

    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageCentreService(Messages messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void post(Notice notice) {
        if (notice.type() == null || notice.textKey() == null || notice.textKey().isBlank()) {
            throw new IllegalArgumentException("A notice needs a type and a text key");
        }
        List<String> args = TextArguments.clean(notice.args());
        long id = messages.insert(notice.recipientAccountId(), notice.type(), notice.textKey(), args,
                Links.checked(notice.link()), OffsetDateTime.now(clock));
        events.publishEvent(new MessagePosted(id, notice.recipientAccountId(), notice.type(), notice.textKey(), args));
    }

    @Override
    public long unreadCount(long accountId) {
        return messages.countUnread(accountId);
    }
}
