package org.xinyidai.messaging.internal;

import org.xinyidai.messaging.MessageType;

/** The filters of the message list, bound from the URL. */
public record MessageFilter(MessageType type, ReadState state, Integer page) {

    public static final int PAGE_SIZE = 20;

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }
}
