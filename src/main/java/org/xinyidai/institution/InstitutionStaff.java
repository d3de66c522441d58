package org.xinyidai.institution;

import java.util.List;
import java.util.Optional;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;

/** An institution's people, for other modules: enrolment (onboarding, demo data) and referrals. */
public interface InstitutionStaff {

    /**
     * Opens the sign-in account and the staff record of a new institution employee.
     *
     * @throws IllegalStateException when the phone number already has an account
     */
    long enrol(NewStaff staff);

    /** How many people the viewer's part of the branch tree has, by approval and work status. */
    StaffCounts countsFor(CurrentUser viewer);

    /** The customer manager whose QR code an enterprise user registered through, if any. */
    Optional<Referral> referralOf(long enterpriseAccountId);

    /**
     * @param initialPassword a password, or {@code null}: the person signs in by SMS code and sets one
     * @param approved        false for a customer manager who waits for an admin's approval
     */
    record NewStaff(long institutionId, long nodeId, Role role, String name, PhoneNumber phone, String position,
                    String employeeNo, String initialPassword, boolean approved) {
    }

    /** People in a part of the branch tree; {@code referred} counts the viewer's own referred enterprises. */
    /**
     * Approved, on-duty customer managers of an institution at or below a node (given by its path) whose account
     * can sign in: the only people 指派, 业务移交 and routing may give an order to.
     */
    List<Colleague> managersIn(long institutionId, String subtreePath);

    /** The on-duty admins who look after a node: its own, and those of every node above it up to head office. */
    List<Long> adminsOver(long institutionId, String nodePath);

    /** A customer manager orders can be given to. */
    record Colleague(long accountId, String name, long nodeId, String nodeName, String nodePath) {
    }

    record StaffCounts(long approved, long pending, long onLeave, long referred) {
    }

    /** The manager who brought an enterprise user to the platform. */
    record Referral(long managerAccountId, String managerName, String managerPhone, long institutionId,
                    String institutionName, String nodeName) {
    }
}
