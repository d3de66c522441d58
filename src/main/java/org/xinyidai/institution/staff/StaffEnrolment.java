package org.xinyidai.institution.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.NewStaff;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.institution.tree.Institutions;

/**
 * Opens the sign-in account and the staff record of a new institution employee: for an admin adding a person,
 * for onboarding (the HQ admin) and for the demo data.
 */
@Service
public class StaffEnrolment {

    private final StaffMembers staff;
    private final Institutions institutions;
    private final AccountAdministration accounts;
    private final ReferralCodes referralCodes;
    private final Clock clock;

    StaffEnrolment(StaffMembers staff, Institutions institutions, AccountAdministration accounts,
                   ReferralCodes referralCodes, Clock clock) {
        this.staff = staff;
        this.institutions = institutions;
        this.accounts = accounts;
        this.referralCodes = referralCodes;
        this.clock = clock;
    }

    /**
     * Answers the new person's account id.
     *
     * @throws IllegalStateException when the phone number already has an account
     */
    @Transactional
    public long enrol(NewStaff s) {
        long id = accounts.create(new NewAccount(s.phone(), s.name(), s.role(), null, null, s.institutionId(),
                s.nodeId(), organisation(s.institutionId(), s.nodeId()), s.initialPassword(),
                s.approved() ? AccountStatus.ACTIVE : AccountStatus.PENDING));
        staff.insert(id, s.institutionId(), s.nodeId(), s.role(), s.name(), s.phone().value(), s.position(),
                s.employeeNo(), s.approved() ? StaffMember.Approval.APPROVED : StaffMember.Approval.PENDING,
                s.approved() && s.role() == Role.CUSTOMER_MANAGER ? referralCodes.next() : null,
                OffsetDateTime.now(clock));
        return id;
    }

    /** The organisation an account shows: its node's name, else its institution's. */
    String organisation(long institutionId, long nodeId) {
        return institutions.findNode(nodeId).map(NodeSummary::name)
                .or(() -> institutions.find(institutionId).map(InstitutionSummary::name)).orElse(null);
    }
}
