package org.xinyidai.enterprise.company;

/** An enterprise as one account is bound to it. */
public record Membership(Company company, MemberStatus status, boolean current, String rejectionReason) {

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }
}
