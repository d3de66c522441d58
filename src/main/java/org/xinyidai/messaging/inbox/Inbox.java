package org.xinyidai.messaging.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;

/** The signed-in person's side of the message centre: their list, marking read. */
@Service
public class Inbox {

    private final Messages messages;
    private final Clock clock;

    Inbox(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** One page of an account's messages, newest first, and how many match the filter. */
    public Page<Message> list(long accountId, MessageFilter filter, PageRequest page) {
        return new Page<>(messages.page(accountId, filter, page), messages.count(accountId, filter), page);
    }

    /** Marks one of the person's messages read. Empty when it is not theirs (or does not exist). */
    @Transactional
    public Optional<Message> markRead(long id, CurrentUser user) {
        if (!messages.markRead(id, user.accountId(), OffsetDateTime.now(clock))) {
            return Optional.empty();
        }
        return messages.find(id, user.accountId());
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return messages.markAllRead(user.accountId(), OffsetDateTime.now(clock));
    }
}
