package org.xinyidai.enterprise;

import java.util.List;
import java.util.Optional;
import org.xinyidai.shared.admission.EnterpriseFacts;

/** What other modules read about enterprises. */
public interface Enterprises {

    /** The enterprise an account currently acts as, if it has any. */
    Optional<EnterpriseSummary> current(long accountId);

    /** Every enterprise bound to an account, the current one first. */
    List<EnterpriseSummary> ofAccount(long accountId);

    /** Any enterprise (callers apply their own scope). */
    Optional<EnterpriseSummary> find(long enterpriseId);

    /** What admission rules can be checked against, as known today. */
    EnterpriseFacts facts(long enterpriseId);

    /** The accounts bound to an enterprise (to tell its people about their orders). */
    List<Long> accountsOf(long enterpriseId);
}
