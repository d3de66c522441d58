package org.xinyidai.institution;

import java.util.Optional;
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

    /** The customer manager whose QR code an enterprise user registered through, if any. */
    Optional<Referral> referralOf(long enterpriseAccountId);

    /**
     * @param initialPassword a password, or {@code null}: the person signs in by SMS code and sets one
     * @param approved        false for a customer manager who waits for an admin's approval
     */
    record NewStaff(long institutionId, long nodeId, Role role, String name, PhoneNumber phone, String position,
                    String employeeNo, String initialPassword, boolean approved) {
    }

    /** The manager who brought an enterprise user to the platform. */
    record Referral(long managerAccountId, String managerName, String managerPhone, long institutionId,
                    String institutionName, String nodeName) {
    }
}
