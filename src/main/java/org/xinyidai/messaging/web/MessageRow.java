package org.xinyidai.messaging.web;

import java.time.LocalDateTime;
import java.util.Locale;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.inbox.Message;
import org.xinyidai.messaging.inbox.MessageTexts;

/** One row of the message list, its text already in the reader's language. */
record MessageRow(long id, MessageType type, String text, LocalDateTime createdAt, boolean unread, boolean hasLink) {

    static MessageRow of(Message message, MessageTexts texts, Locale locale) {
        return new MessageRow(message.id(), message.type(), texts.render(message, locale), message.createdAt(),
                message.unread(), message.link() != null);
    }
}
