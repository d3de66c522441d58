package org.xinyidai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 信易贷 — the SME credit-financing platform, one modular monolith. Sign-in is our own (identity module), so
 * Boot's single in-memory user, whose generated password it would log at every start, is left out.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class XinyidaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(XinyidaiApplication.class, args);
    }
}
