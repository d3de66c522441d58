package org.xinyidai.financing.demand;

/**
 * A demand action that may not happen (wrong state, someone acted first, a field the service checks). Thrown
 * inside the transaction, so nothing of it is kept; the page shows the message, beside the field if there is one.
 */
public class DemandRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public DemandRefused(String messageKey) {
        this(null, messageKey);
    }

    public DemandRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the refusal is about, or null for the whole action. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
