package org.xinyidai.enterprise.registry;

/** How an account is bound to an enterprise. */
public enum MemberStatus {
    ACTIVE, PENDING_CLAIM, CLAIM_REJECTED;

    public String labelKey() {
        return "enterprise.member." + name();
    }
}
