package org.xinyidai;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code dev} profile while a secret is missing or still a development value, or
 * while a development aid (the /dev/sms outbox, the simulated face check) is switched on. It runs before any
 * other bean is created, so nothing touches the database with a key from the repository.
 */
@Component
class DevelopmentSettingsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The values written in application-dev.yml and earlier releases: public, so never a production secret. */
    static final Set<String> DEVELOPMENT_VALUES = Set.of(
            "xinyidai-local-development-secret",
            "xinyidai-local-form-secret",
            "eGlueWlkYWktZGV2LW9ubHktaWQta2V5LTMyYnl0ZXM=",
            "change-me-in-production");

    /** A random secret of 32 bytes in base64 (`openssl rand -base64 32`) is 44 characters long. */
    static final int MIN_SECRET_LENGTH = 32;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.acceptsProfiles(Profiles.of("dev"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        checkSecret("xyd.identity.code-secret", "XYD_CODE_SECRET", problems);
        checkSecret("xyd.portal.form-secret", "XYD_FORM_SECRET", problems);
        checkKey("xyd.enterprise.id-encryption-key", "XYD_ID_ENCRYPTION_KEY", problems);
        checkOff("xyd.identity.sms.dev-outbox", "the /dev/sms page would show every SMS code sent", problems);
        checkOff("xyd.enterprise.face.simulated", "the simulated face check passes without a face", problems);
        if (!problems.isEmpty()) {
            throw new UnsafeSettings(problems);
        }
    }

    private void checkSecret(String setting, String variable, List<String> problems) {
        String value = environment.getProperty(setting, "").trim();
        if (value.isEmpty()) {
            problems.add(setting + " is not set: set the environment variable " + variable);
        } else if (DEVELOPMENT_VALUES.contains(value)) {
            problems.add(setting + " is the development value from the repository: set the environment variable "
                    + variable + " to a new secret");
        } else if (value.length() < MIN_SECRET_LENGTH) {
            problems.add(setting + " is shorter than " + MIN_SECRET_LENGTH + " characters: set the environment variable "
                    + variable + " to a longer secret");
        }
    }

    private void checkKey(String setting, String variable, List<String> problems) {
        String value = environment.getProperty(setting, "").trim();
        if (value.isEmpty()) {
            problems.add(setting + " is not set: set the environment variable " + variable);
        } else if (DEVELOPMENT_VALUES.contains(value)) {
            problems.add(setting + " is the development key from the repository: set the environment variable "
                    + variable + " to a new key (and keep it: ID numbers stored with one key cannot be read with another)");
        } else if (!isBase64Of32Bytes(value)) {
            problems.add(setting + " must be base64 of 32 bytes: set the environment variable " + variable);
        }
    }

    private void checkOff(String setting, String why, List<String> problems) {
        if (environment.getProperty(setting, Boolean.class, false)) {
            problems.add(setting + " is on outside the dev profile (" + why + "): set it to false");
        }
    }

    private static boolean isBase64Of32Bytes(String value) {
        try {
            return Base64.getDecoder().decode(value).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The refusal, one line per setting to change. */
    static class UnsafeSettings extends IllegalStateException {

        private final List<String> problems;

        UnsafeSettings(List<String> problems) {
            super("Refusing to start outside the dev profile:\n - " + String.join("\n - ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
