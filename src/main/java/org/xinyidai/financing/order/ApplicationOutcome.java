package org.xinyidai.financing.order;

import java.util.List;
import org.xinyidai.shared.admission.AdmissionCheck;

/**
 * The answer to an application: the new order, or why not — a field out of the product's range, admission
 * conditions the enterprise does not meet (each with its reason), or a refusal of the whole application.
 */
public record ApplicationOutcome(Long orderId, List<FieldProblem> fieldProblems, List<AdmissionCheck> failedChecks,
                                 String refusalKey) {

    public record FieldProblem(String field, String messageKey, Object... args) {
    }

    static ApplicationOutcome created(long orderId) {
        return new ApplicationOutcome(orderId, List.of(), List.of(), null);
    }

    static ApplicationOutcome refused(String refusalKey) {
        return new ApplicationOutcome(null, List.of(), List.of(), refusalKey);
    }

    static ApplicationOutcome problems(List<FieldProblem> fields, List<AdmissionCheck> checks) {
        return new ApplicationOutcome(null, List.copyOf(fields), List.copyOf(checks), null);
    }

    public boolean created() {
        return orderId != null;
    }
}
