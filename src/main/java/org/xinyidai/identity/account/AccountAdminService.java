package org.xinyidai.identity.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.AccountSites;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.Refused;

/**
 * The platform admin's accounts (账号管理): the list, the platform's own staff accounts (advisors, government
 * officers, credit agencies, admins) and switching accounts on and off. Institution staff are opened by the
 * institution module, enterprise users register themselves.
 */
@Service
public class AccountAdminService {

    private final Accounts accounts;
    private final AccountService accountService;
    private final AccountSites sites;
    private final OperationLog operationLog;

    AccountAdminService(Accounts accounts, AccountService accountService, AccountSites sites,
                        OperationLog operationLog) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.sites = sites;
        this.operationLog = operationLog;
    }

    /** Accounts of one role (or all), matching part of a name or phone number, newest first. */
    public Page<Account> list(Role role, String text, PageRequest page) {
        return new Page<>(accounts.search(role, text, page.size(), page.offset()), accounts.count(role, text), page);
    }

    /**
     * Every rule the new account breaks, each about its field: a phone number with an account already, a role the
     * admin does not open, a missing or unknown site, region or organisation. Empty when it may be created. The
     * form shows them all at once; {@link #create} applies them again inside its transaction.
     */
    public List<Refused> problems(NewStaffAccount account) {
        List<Refused> problems = new ArrayList<>();
        if (account.phone() != null && accounts.existsByPhone(account.phone().value())) {
            problems.add(Refused.field("phone", "account.phoneTaken"));
        }
        Role role = account.role();
        if (role == Role.ENTERPRISE) {
            problems.add(Refused.field("role", "account.enterpriseSelfRegisters"));
        } else if (role != null && role.isInstitutionRole()) {
            problems.add(Refused.field("role", "account.institutionStaffElsewhere"));
        }
        if (role == Role.ADVISOR && !sites.isSite(account.siteCode())) {
            problems.add(Refused.field("siteCode", "account.siteRequired"));
        }
        if (role == Role.GOV_OFFICER && !sites.isRegion(account.regionCode())) {
            problems.add(Refused.field("regionCode", "account.regionRequired"));
        }
        if (role == Role.CREDIT_AGENCY && blankToNull(account.organisation()) == null) {
            problems.add(Refused.field("organisation", "account.organisationRequired"));
        }
        return problems;
    }

    /** Opens the account without a password: its owner signs in by SMS code and sets one first. */
    @Transactional
    public long create(NewStaffAccount request, CurrentUser admin) {
        if (request.phone() == null) {
            throw Refused.field("phone", "validation.phone.format");
        }
        List<Refused> problems = problems(request);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        NewAccount account = NewAccount.staff(request.phone(), request.displayName().trim(), request.role())
                .withOrganisation(blankToNull(request.organisation()));
        if (request.role() == Role.ADVISOR) {
            account = account.withSite(request.siteCode());
        } else if (request.role() == Role.GOV_OFFICER) {
            account = account.withRegion(request.regionCode());
        }
        long id = accountService.create(account);
        operationLog.record(admin.did("ACCOUNT_CREATE").on("account", id)
                .withDetail(account.role().name() + " " + account.phone().masked()));
        return id;
    }

    /**
     * Enables or disables an account. Never the admin's own; approval and removal stay with the institution, so
     * only ACTIVE and DISABLED are set here, and an account its institution removed stays removed.
     */
    @Transactional
    public void setStatus(AccountId id, AccountStatus status, CurrentUser admin) {
        accounts.findById(id.value()).orElseThrow(NotFound::new);
        if (id.value() == admin.accountId()) {
            throw new Refused("account.cannotDisableSelf");
        }
        boolean allowed = status == AccountStatus.ACTIVE || status == AccountStatus.DISABLED;
        if (!allowed || !accounts.updateStatus(id.value(), status)) {
            throw new Refused("account.removedStaysRemoved");
        }
        operationLog.record(admin.did(status == AccountStatus.DISABLED ? "ACCOUNT_DISABLE" : "ACCOUNT_ENABLE")
                .on("account", id.value()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
