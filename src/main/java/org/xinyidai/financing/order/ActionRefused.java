package org.xinyidai.financing.order;

/**
 * An order or demand action that may not happen: the wrong state, the wrong person, someone else acted first,
 * or a field the service checks (then shown beside that field).
 * Thrown inside the transaction, so nothing of the action is kept; the page shows the message.
 */
public class ActionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ActionRefused(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private ActionRefused(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** A refusal about one field of the form the person filled in, shown beside that field. */
    public static ActionRefused field(String field, String messageKey, Object... args) {
        return new ActionRefused(field, messageKey, args);
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
