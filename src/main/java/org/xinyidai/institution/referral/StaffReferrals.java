package org.xinyidai.institution.referral;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.institution.Referral;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.institution.staff.StaffMembers;

/** Referral codes in use: attributing new enterprise users, and a manager's own referral page. */
@Service
public class StaffReferrals {

    private final StaffMembers staff;
    private final Referrals referrals;
    private final AccountAdministration accounts;
    private final Clock clock;

    StaffReferrals(StaffMembers staff, Referrals referrals, AccountAdministration accounts, Clock clock) {
        this.staff = staff;
        this.referrals = referrals;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Records who brought an enterprise user; an unknown or unapproved code attributes nobody. */
    @Transactional
    public void attribute(long enterpriseAccountId, String referralCode) {
        staff.findByReferralCode(referralCode).filter(s -> !s.isPending()).ifPresent(manager ->
                referrals.attribute(enterpriseAccountId, manager.accountId(), manager.institutionId(),
                        OffsetDateTime.now(clock)));
    }

    /** Who brought an enterprise user, if anybody did. */
    public Optional<Referral> referralOf(long enterpriseAccountId) {
        return referrals.referralOf(enterpriseAccountId);
    }

    public Optional<StaffMember> me(long accountId) {
        return staff.findByAccount(accountId);
    }

    /** The enterprise users a manager brought, newest first. */
    public List<AccountView> referredBy(long accountId) {
        List<Long> ids = referrals.referredBy(accountId);
        return accounts.findAll(ids).stream()
                .sorted(java.util.Comparator.comparingInt(a -> ids.indexOf(a.id()))).toList();
    }
}
