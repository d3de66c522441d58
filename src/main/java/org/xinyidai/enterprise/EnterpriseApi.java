package org.xinyidai.enterprise;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.enterprise.registry.Enterprises;
import org.xinyidai.enterprise.registry.Membership;
import org.xinyidai.enterprise.registry.Memberships;
import org.xinyidai.identity.AccountId;
import org.xinyidai.shared.admission.EnterpriseFacts;

/**
 * What other modules read about enterprises, as records ({@link EnterpriseSummary}, {@link EnterpriseFacts}), and
 * how the demo data seeds them. The legal representative's ID number never leaves the module.
 */
@Service
public class EnterpriseApi {

    private final Enterprises enterprises;
    private final Memberships memberships;
    private final EnterpriseService service;

    EnterpriseApi(Enterprises enterprises, Memberships memberships, EnterpriseService service) {
        this.enterprises = enterprises;
        this.memberships = memberships;
        this.service = service;
    }

    /** The enterprise an account currently acts as, if it has any. */
    public Optional<EnterpriseSummary> current(long accountId) {
        return memberships.of(AccountId.of(accountId)).stream().filter(m -> m.active() && m.current()).findFirst()
                .map(m -> m.enterprise().summary());
    }

    /** Every enterprise bound to an account, the current one first. */
    public List<EnterpriseSummary> ofAccount(long accountId) {
        return memberships.of(AccountId.of(accountId)).stream().filter(Membership::active)
                .map(m -> m.enterprise().summary()).toList();
    }

    /** Any enterprise (callers apply their own scope). */
    public Optional<EnterpriseSummary> find(long enterpriseId) {
        return enterprises.find(enterpriseId).map(Enterprise::summary);
    }

    /** What admission rules can be checked against, as known today. */
    public EnterpriseFacts facts(long enterpriseId) {
        return enterprises.find(enterpriseId)
                .map(e -> new EnterpriseFacts(e.establishedOn(), null, e.annualRevenue().inWan(), e.industry(),
                        e.regionCode(), e.size(), null, null))
                .orElse(new EnterpriseFacts(null, null, null, null, null, null, null, null));
    }

    /** The accounts bound to an enterprise (to tell its people about their orders). */
    public List<Long> accountsOf(long enterpriseId) {
        return memberships.activeMembers(enterpriseId);
    }

    /** Demo data: the enterprise (added if its USCC is new) bound to the account and AUTHENTICATED; its id. */
    public long ensureAuthenticated(long accountId, String siteCode, NewEnterprise enterprise) {
        return service.ensure(AccountId.of(accountId), siteCode, enterprise, AuthenticationStatus.AUTHENTICATED);
    }

    /** Demo data: the enterprise (added UNVERIFIED if its USCC is new) bound to the account; its id. */
    public long ensureAdded(long accountId, String siteCode, NewEnterprise enterprise) {
        return service.ensure(AccountId.of(accountId), siteCode, enterprise, AuthenticationStatus.UNVERIFIED);
    }
}
