package org.xinyidai.institution.referral;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.EnterpriseRegistered;

/**
 * An enterprise user who registered through a customer manager's QR link belongs to that manager. Recorded
 * after the registration committed, in a transaction of its own: a failure here must not refuse someone's
 * registration, and the event publication registry retries it (on restart) until it is recorded.
 */
@Component
class ReferralAttribution {

    private final StaffReferrals referrals;

    ReferralAttribution(StaffReferrals referrals) {
        this.referrals = referrals;
    }

    @ApplicationModuleListener
    void on(EnterpriseRegistered registered) {
        if (registered.referralCode() != null) {
            referrals.attribute(registered.accountId(), registered.referralCode());
        }
    }
}
