package org.xinyidai;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the guard's refusal as Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
class UnsafeSettingsFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentSettingsGuard.UnsafeSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentSettingsGuard.UnsafeSettings cause) {
        return new FailureAnalysis(
                "Development settings outside the dev profile:\n - " + String.join("\n - ", cause.problems()),
                "Generate each secret with `openssl rand -base64 32` and set XYD_CODE_SECRET, XYD_FORM_SECRET and "
                        + "XYD_ID_ENCRYPTION_KEY; or, on a developer's machine, run with the dev profile "
                        + "(./mvnw spring-boot:run does).", cause);
    }
}
