package org.xinyidai.messaging.inbox;

import org.xinyidai.messaging.MessageType;

/**
 * The filters of the message list, bound from the URL; each is optional.
 *
 * @param type  one kind of message
 * @param state read or unread
 */
public record MessageFilter(MessageType type, ReadState state) {

    public static final MessageFilter ALL = new MessageFilter(null, null);
}
