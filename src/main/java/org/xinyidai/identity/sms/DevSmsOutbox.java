package org.xinyidai.identity.sms;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.account.IdentityProperties;
import org.xinyidai.shared.PhoneNumber;

/**
 * The last messages sent, kept in memory only when {@code xyd.identity.sms.dev-outbox} is on (the dev
 * profile), for the {@code /dev/sms} page. Off, it keeps nothing.
 */
@Component
public class DevSmsOutbox {

    private static final int CAPACITY = 100;

    private final boolean enabled;
    private final Deque<Message> messages = new ArrayDeque<>();

    DevSmsOutbox(IdentityProperties properties) {
        this.enabled = properties.sms().devOutbox();
    }

    public boolean enabled() {
        return enabled;
    }

    synchronized void keep(PhoneNumber to, String text, OffsetDateTime at) {
        if (!enabled) {
            return;
        }
        messages.addFirst(new Message(to.value(), text, at));
        while (messages.size() > CAPACITY) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public record Message(String phone, String text, OffsetDateTime sentAt) {
    }
}
