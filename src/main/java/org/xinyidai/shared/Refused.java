package org.xinyidai.shared;

import java.util.Arrays;

/**
 * The one way a rule refuses a request: an aggregate or a service throws it inside the write's transaction, so
 * nothing of the request is kept. It names the message (a bundle key and its arguments) and, when the refusal
 * is about one field of what the person filled in, that field. Pages show it beside the field (or above the
 * form); the API answers it as an RFC 9457 problem. Nobody branches on the key: it is only ever shown.
 */
public class Refused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    /** A refusal of the whole request ("someone else acted first", "the order is already settled"). */
    public Refused(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private Refused(String field, String messageKey, Object[] args) {
        super(messageKey, null, false, false);
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a message key");
        }
        this.field = field;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** A refusal about one field of the form, shown beside that field. */
    public static Refused field(String field, String messageKey, Object... args) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A field refusal names its field");
        }
        return new Refused(field, messageKey, args);
    }

    /** The form field the refusal is about, or null when it is about the whole request. */
    public String field() {
        return field;
    }

    public boolean isAboutAField() {
        return field != null;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "Refused[" + (field == null ? "" : field + ": ") + messageKey + " " + Arrays.toString(args) + "]";
    }
}
