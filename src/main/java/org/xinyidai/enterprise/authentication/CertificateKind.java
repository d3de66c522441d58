package org.xinyidai.enterprise.authentication;

/** The images uploaded for 证照认证. */
public enum CertificateKind {
    LICENCE, ID_FRONT, ID_BACK;

    public String labelKey() {
        return "enterprise.certificate." + name();
    }
}
