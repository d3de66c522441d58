package org.xinyidai.enterprise.company;

/** A request the enterprise rules refuse; the message key says why, beside {@code field} when there is one. */
public class EnterpriseRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public EnterpriseRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
