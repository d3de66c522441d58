package org.xinyidai.messaging.inbox;

import java.time.LocalDateTime;
import java.util.List;
import org.xinyidai.messaging.MessageType;

/**
 * One stored message, as its recipient reads it.
 *
 * @param createdAt when it was posted, in the platform's zone
 * @param readAt    when the recipient marked it read, or null while unread
 */
public record Message(long id, long recipientAccountId, MessageType type, String textKey, List<String> args,
                      String link, LocalDateTime createdAt, LocalDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
