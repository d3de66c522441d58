package org.xinyidai.enterprise.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.identity.AccountId;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.Uscc;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * 我的企业 for an enterprise account: adding (or claiming) enterprises, editing them before authentication, the
 * current enterprise. Every method is scoped to the account's own bindings; anything else is not found. The rules
 * on what is entered ({@link #screen}) are applied again inside each write.
 */
@Service
public class EnterpriseService {

    private final Enterprises enterprises;
    private final Memberships memberships;
    private final SiteApi sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseService(Enterprises enterprises, Memberships memberships, SiteApi sites, ApplicationEventPublisher events,
                      Clock clock) {
        this.enterprises = enterprises;
        this.memberships = memberships;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** The result of adding: a new enterprise, or a claim of an existing one awaiting the advisor. */
    public record Added(long enterpriseId, boolean claim) {
    }

    /**
     * What the rules say about an enterprise as entered: the warnings the person must acknowledge before it is
     * submitted (message keys), and the problems that stop it, each beside its field.
     */
    public record Screening(List<String> warnings, List<Refused> problems) {
    }

    /**
     * What the user must acknowledge before a USCC is submitted (message keys): a wrong check character, or an
     * enterprise that another account already added. Refused when this account has it already, or when an
     * enterprise being edited would take another's code.
     *
     * @param editing the enterprise being edited (its own code is no conflict), or null
     */
    public List<String> usccWarnings(AccountId account, Uscc uscc, EnterpriseId editing) {
        List<String> warnings = new ArrayList<>();
        if (!uscc.checkCharacterValid()) {
            warnings.add("enterprise.uscc.checkMismatch");
        }
        Optional<Enterprise> existing = enterprises.findByUscc(uscc.value())
                .filter(e -> editing == null || e.id() != editing.value());
        if (existing.isPresent()) {
            Optional<MemberStatus> mine = memberships.status(existing.get().enterpriseId(), account);
            if (mine.isPresent() && mine.get() != MemberStatus.CLAIM_REJECTED) {
                throw Refused.field("uscc", "enterprise.uscc.alreadyYours");
            }
            if (editing != null) {
                throw Refused.field("uscc", "enterprise.uscc.taken");
            }
            warnings.add(existing.get().authenticated() ? "enterprise.uscc.claimAuthenticated"
                    : "enterprise.uscc.claimExisting");
        }
        return warnings;
    }

    /**
     * Every rule what was entered breaks, at once, for the form: a founding date after today, a district that is
     * not the account's site's (any site's for an account without one), a USCC the account has already or that
     * another enterprise uses. A value not entered (or not readable) is not checked here.
     *
     * @param accountSite the account's city site, or null
     */
    public Screening screen(AccountId account, String accountSite, Uscc uscc, LocalDate establishedOn,
                            String regionCode, EnterpriseId editing) {
        List<Refused> problems = new ArrayList<>();
        if (establishedOn != null && establishedOn.isAfter(LocalDate.now(clock))) {
            problems.add(Refused.field("establishedOn", "enterprise.establishedOn.future"));
        }
        if (regionCode != null && !regionCode.isBlank() && districts(accountSite).stream()
                .noneMatch(d -> d.regionCode().equals(regionCode))) {
            problems.add(Refused.field("regionCode", "enterprise.region.unknown"));
        }
        List<String> warnings = List.of();
        if (uscc != null) {
            try {
                warnings = usccWarnings(account, uscc, editing);
            } catch (Refused refused) {
                problems.add(refused);
            }
        }
        return new Screening(warnings, problems);
    }

    /**
     * Adds an enterprise for the account on its site (the default site for an account without one; the first
     * enterprise becomes current), or, when its USCC is already on the platform, files a claim for the advisor.
     * Callers have shown the USCC warnings and had them confirmed.
     */
    @Transactional
    public Added add(AccountId account, String accountSite, NewEnterprise enterprise) {
        if (enterprise.legalRepId() == null) {
            throw Refused.field("legalRepId", "enterprise.legalRepId.required");
        }
        refuseProblems(account, accountSite, enterprise, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Enterprise> existing = enterprises.findByUscc(enterprise.uscc().value());
        if (existing.isPresent()) {
            Enterprise claimed = existing.get();
            if (!memberships.change(claimed.enterpriseId(), account, MemberStatus.CLAIM_REJECTED,
                    MemberStatus.PENDING_CLAIM, null, now)) {
                memberships.add(claimed.enterpriseId(), account, MemberStatus.PENDING_CLAIM, now);
            }
            claimed.claimBy(account, now);
            save(claimed);
            return new Added(claimed.id(), true);
        }
        EnterpriseId id = enterprises.insert(enterprise, siteOf(accountSite), AuthenticationStatus.UNVERIFIED, account,
                now);
        memberships.add(id, account, MemberStatus.ACTIVE, now);
        return new Added(id.value(), false);
    }

    /** Changes an enterprise's data before authentication, as the person last saw it ({@code version}). */
    @Transactional
    public void edit(AccountId account, String accountSite, EnterpriseId id, int version, NewEnterprise changes) {
        Enterprise enterprise = mine(account, id);
        enterprise.edit(changes, version);
        refuseProblems(account, accountSite, changes, id);
        save(enterprise);
    }

    /** The account's enterprise while it may still be edited; once authentication is asked for, not found. */
    public Enterprise forEditing(AccountId account, EnterpriseId id) {
        Enterprise enterprise = mine(account, id);
        if (!enterprise.editable()) {
            throw new NotFound();
        }
        return enterprise;
    }

    @Transactional
    public void switchCurrent(AccountId account, EnterpriseId enterprise) {
        if (!memberships.makeCurrent(account, enterprise)) {
            throw new NotFound();
        }
    }

    /** The enterprise when the account is an active member of it; otherwise not found. */
    public Enterprise mine(AccountId account, EnterpriseId enterprise) {
        return enterprises.findForAccount(enterprise, account).orElseThrow(NotFound::new);
    }

    public List<Membership> memberships(AccountId account) {
        return memberships.of(account);
    }

    public List<HistoryEntry> history(long enterpriseId) {
        return enterprises.history(enterpriseId);
    }

    /** Saves what the enterprise did (its row, its history) and tells other modules (its events). */
    public void save(Enterprise enterprise) {
        enterprises.save(enterprise);
        enterprise.events().forEach(events::publishEvent);
    }

    /**
     * For the demo data: the enterprise (added with {@code status} if its USCC is new) bound to the account;
     * answers its id. Running it again changes nothing.
     */
    @Transactional
    public long ensure(AccountId account, String siteCode, NewEnterprise enterprise, AuthenticationStatus status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Enterprise> existing = enterprises.findByUscc(enterprise.uscc().value());
        if (existing.isEmpty()) {
            EnterpriseId id = enterprises.insert(enterprise, siteCode, status, account, now);
            memberships.add(id, account, MemberStatus.ACTIVE, now);
            return id.value();
        }
        EnterpriseId id = existing.get().enterpriseId();
        if (memberships.status(id, account).isEmpty()) {
            memberships.add(id, account, MemberStatus.ACTIVE, now);
        }
        return id.value();
    }

    private void refuseProblems(AccountId account, String accountSite, NewEnterprise entered, EnterpriseId editing) {
        List<Refused> problems = screen(account, accountSite, entered.uscc(), entered.establishedOn(),
                entered.regionCode(), editing).problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** The site an enterprise is added on: the account's, or the default site for an account without one. */
    private String siteOf(String accountSite) {
        return Optional.ofNullable(accountSite).or(() -> sites.defaultSite().map(Site::code))
                .orElseThrow(() -> new IllegalStateException("No city site configured"));
    }

    /** The districts an account's enterprise may be in: its site's, or every site's for an account without one. */
    public List<Site.District> districts(String accountSite) {
        return Optional.ofNullable(accountSite).flatMap(sites::find).map(Site::districts)
                .orElseGet(() -> sites.all().stream().flatMap(s -> s.districts().stream()).toList());
    }
}
