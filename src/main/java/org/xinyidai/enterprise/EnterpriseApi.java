package org.xinyidai.enterprise.company;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseRegistry;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.Enterprises;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.shared.admission.EnterpriseFacts;

/** {@link Enterprises} for other modules, and {@link EnterpriseRegistry} for the demo data. */
@Service
class EnterpriseDirectory implements Enterprises, EnterpriseRegistry {

    private final Companies companies;
    private final CompanyService service;
    private final Clock clock;

    EnterpriseDirectory(Companies companies, CompanyService service, Clock clock) {
        this.companies = companies;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Optional<EnterpriseSummary> current(long accountId) {
        return companies.memberships(accountId).stream().filter(m -> m.active() && m.current()).findFirst()
                .map(m -> m.company().summary());
    }

    @Override
    public List<EnterpriseSummary> ofAccount(long accountId) {
        return companies.memberships(accountId).stream().filter(Membership::active).map(m -> m.company().summary())
                .toList();
    }

    @Override
    public Optional<EnterpriseSummary> find(long enterpriseId) {
        return companies.find(enterpriseId).map(Company::summary);
    }

    @Override
    public EnterpriseFacts facts(long enterpriseId) {
        return companies.find(enterpriseId)
                .map(c -> new EnterpriseFacts(c.establishedOn(), null, c.annualRevenueWan(), c.industry(),
                        c.regionCode(), c.size(), null, null))
                .orElse(new EnterpriseFacts(null, null, null, null, null, null, null, null));
    }

    @Override
    public List<Long> accountsOf(long enterpriseId) {
        return companies.activeMembers(enterpriseId);
    }

    @Override
    @Transactional
    public long ensureAuthenticated(long accountId, String siteCode, NewEnterprise enterprise) {
        return ensure(accountId, siteCode, enterprise, AuthenticationStatus.AUTHENTICATED);
    }

    @Override
    @Transactional
    public long ensureAdded(long accountId, String siteCode, NewEnterprise enterprise) {
        return ensure(accountId, siteCode, enterprise, AuthenticationStatus.UNVERIFIED);
    }

    private long ensure(long accountId, String siteCode, NewEnterprise enterprise, AuthenticationStatus status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Company> existing = companies.findByUscc(enterprise.uscc().value());
        if (existing.isEmpty()) {
            return service.insert(accountId, siteCode, enterprise, status, now);
        }
        long id = existing.get().id();
        if (companies.memberStatus(id, accountId).isEmpty()) {
            companies.addMember(id, accountId, MemberStatus.ACTIVE, !companies.hasCurrent(accountId), now);
        }
        return id;
    }
}
