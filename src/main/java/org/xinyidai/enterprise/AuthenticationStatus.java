package org.xinyidai.enterprise;

/** 认证状态 of an enterprise. */
public enum AuthenticationStatus {
    /** Added, not yet authenticated. */
    UNVERIFIED,
    /** Certificates uploaded (or a claim of an enterprise authenticated elsewhere), awaiting the advisor. */
    PENDING_REVIEW,
    AUTHENTICATED,
    REJECTED;

    public String labelKey() {
        return "enterprise.auth." + name();
    }
}
