package org.xinyidai.financing.order;

/**
 * An order action that may not happen: the wrong state, the wrong person, or someone else acted first.
 * Thrown inside the transaction, so nothing of the action is kept; the page shows the message.
 */
public class OrderActionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public OrderActionRefused(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private OrderActionRefused(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** A refusal about one field of the form the person filled in, shown beside that field. */
    public static OrderActionRefused field(String field, String messageKey, Object... args) {
        return new OrderActionRefused(field, messageKey, args);
    }

    /** The form field the refusal is about, or null for the whole action. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
