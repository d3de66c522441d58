package org.xinyidai.credit.objection;

/** Where an objection stands: waiting for the platform's review, or decided either way. */
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED;

    public String labelKey() {
        return "credit.objection.status." + name();
    }
}
