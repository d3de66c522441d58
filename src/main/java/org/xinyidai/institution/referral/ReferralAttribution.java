package org.xinyidai.institution.referral;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.EnterpriseRegistered;
import org.xinyidai.institution.staff.StaffReferrals;

/**
 * An enterprise user who registered through a customer manager's QR link belongs to that manager,
 * recorded in the same transaction as the registration.
 */
@Component
class ReferralAttribution {

    private final StaffReferrals referrals;

    ReferralAttribution(StaffReferrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void on(EnterpriseRegistered registered) {
        if (registered.referralCode() != null) {
            referrals.attribute(registered.accountId(), registered.referralCode());
        }
    }
}
