package org.xinyidai.enterprise.registry;

/** An enterprise as one account is bound to it. */
public record Membership(Enterprise enterprise, MemberStatus status, boolean current, String rejectionReason) {

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }
}
