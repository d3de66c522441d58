package org.xinyidai.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
        face = face == null ? new Face(false, Face.DAILY_ATTEMPTS) : face;
    }

    /**
     * @param simulated     use the simulated verification (development and tests only)
     * @param dailyAttempts failed face checks a day (Beijing time) after which an enterprise, and an account,
     *                      must wait for the next day or use the certificates: each check costs and could be
     *                      used to guess a legal representative's ID number
     */
    public record Face(boolean simulated, @DefaultValue("5") int dailyAttempts) {

        private static final int DAILY_ATTEMPTS = 5;
    }
}
