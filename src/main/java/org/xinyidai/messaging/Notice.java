package org.xinyidai.messaging;

import java.util.List;

/**
 * One message for one account. The text is a message key with arguments, rendered in the reader's
 * language when shown (and in Chinese for SMS).
 *
 * @param link a path inside the platform the message points to, or null
 */
public record Notice(long recipientAccountId, MessageType type, String textKey, List<String> args, String link) {

    public Notice {
        args = List.copyOf(args);
    }
}
