package org.xinyidai.messaging;

/** Kinds of messages; each can go out by SMS as well, switched per account. */
public enum MessageType {
    NEW_ORDER(true),
    ORDER_ASSIGNED(true),
    ORDER_STATUS(true),
    AUTHENTICATION(true),
    DEADLINE_NEAR(false),
    ORDER_EXPIRED(true),
    SYSTEM(false);

    private final boolean smsByDefault;

    MessageType(boolean smsByDefault) {
        this.smsByDefault = smsByDefault;
    }

    /** Whether SMS is on for this type until the person changes it. */
    public boolean smsByDefault() {
        return smsByDefault;
    }

    public String labelKey() {
        return "message.type." + name();
    }
}
