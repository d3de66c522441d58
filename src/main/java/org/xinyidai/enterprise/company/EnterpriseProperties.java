package org.xinyidai.enterprise.company;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the enterprise module ({@code xyd.enterprise.*}).
 *
 * @param idEncryptionKey base64 of 32 bytes: the AES-256 key the legal representatives' ID numbers are
 *                        encrypted with. The value in application.yml is for development only.
 * @param face            face verification settings
 */
@ConfigurationProperties("xyd.enterprise")
public record EnterpriseProperties(String idEncryptionKey, Face face) {

    public EnterpriseProperties {
        face = face == null ? new Face(false) : face;
    }

    /** @param simulated use the simulated verification (development and tests only) */
    public record Face(boolean simulated) {
    }
}
