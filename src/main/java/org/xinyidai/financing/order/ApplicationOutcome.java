package org.xinyidai.financing.order;

import java.util.ArrayList;
import java.util.List;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.admission.AdmissionCheck;

/**
 * The answer to an application: the new order, or why not — a field out of the product's range, admission
 * conditions the enterprise does not meet (each with its reason), or a refusal of the whole application.
 */
public record ApplicationOutcome(Long orderId, List<Refused> fieldProblems, List<AdmissionCheck> failedChecks,
                                 String refusalKey) {

    static ApplicationOutcome created(long orderId) {
        return new ApplicationOutcome(orderId, List.of(), List.of(), null);
    }

    static ApplicationOutcome refused(String refusalKey) {
        return new ApplicationOutcome(null, List.of(), List.of(), refusalKey);
    }

    static ApplicationOutcome problems(List<Refused> fields, List<AdmissionCheck> checks) {
        return new ApplicationOutcome(null, List.copyOf(fields), List.copyOf(checks), null);
    }

    public boolean created() {
        return orderId != null;
    }

    /** Everything that stopped the application, to show on the form: its fields first, then the whole of it. */
    public List<Refused> refusals() {
        List<Refused> refusals = new ArrayList<>(fieldProblems);
        if (refusalKey != null) {
            refusals.add(new Refused(refusalKey));
        }
        if (!failedChecks.isEmpty()) {
            refusals.add(new Refused("order.apply.notAdmitted"));
        }
        return refusals;
    }
}
