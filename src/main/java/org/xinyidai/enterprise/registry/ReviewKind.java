package org.xinyidai.enterprise.registry;

/** What an authentication step was about. */
public enum ReviewKind {
    CERTIFICATES, FACE, CLAIM;

    public String labelKey() {
        return "enterprise.reviewKind." + name();
    }
}
