package org.xinyidai.identity.account;

import java.time.OffsetDateTime;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.Masking;

/** An account as stored. Mutations go through {@link AccountService}, which owns the rules. */
public record Account(long id, String phone, String displayName, String passwordHash, Role role, AccountStatus status,
                      boolean mustSetPassword, int failedAttempts, OffsetDateTime lockedUntil, String siteCode,
                      String regionCode, Long institutionId, Long nodeId, String organisation,
                      OffsetDateTime createdAt, OffsetDateTime lastLoginAt, String referralCode) {

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Switched off by an admin, or removed by the person's institution (such an account has no phone left). */
    public boolean isDisabled() {
        return status == AccountStatus.DISABLED || status == AccountStatus.REMOVED;
    }

    public boolean isPending() {
        return status == AccountStatus.PENDING;
    }

    public org.xinyidai.identity.AccountAdministration.AccountView view() {
        return new org.xinyidai.identity.AccountAdministration.AccountView(id, phone, displayName, role, status,
                mustSetPassword, institutionId, nodeId, organisation, lastLoginAt);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, phone, displayName, role, siteCode, regionCode, institutionId, nodeId, organisation,
                mustSetPassword);
    }
}
