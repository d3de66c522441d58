package org.xinyidai.messaging.inbox;

/** The read / unread filter of the message list. */
public enum ReadState {
    UNREAD,
    READ;

    public String labelKey() {
        return "messages.state." + name();
    }
}
