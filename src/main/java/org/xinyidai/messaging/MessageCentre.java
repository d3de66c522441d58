package org.xinyidai.messaging;

/** How other modules tell a person something. */
public interface MessageCentre {

    /** Stores the notice for its recipient and, when the type goes out by SMS and the person wants it, texts them. */
    void post(Notice notice);
}
