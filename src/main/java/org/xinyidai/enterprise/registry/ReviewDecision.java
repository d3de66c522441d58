package org.xinyidai.enterprise.registry;

/** A step in the authentication history: a submission, or a decision. */
public enum ReviewDecision {
    SUBMITTED, APPROVED, REJECTED;

    public String labelKey() {
        return "enterprise.decision." + name();
    }
}
