package org.xinyidai.messaging;

/** How other modules tell a person something. */
public interface MessageCentre {

    /** Stores the notice for its recipient and, when the type goes out by SMS and the person wants it, texts them. */
    void post(Notice notice);

    /** How many of the person's messages are unread (the bell in every console's header). */
    long unreadCount(long accountId);
}
