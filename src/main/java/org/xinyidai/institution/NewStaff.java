package org.xinyidai.institution;

import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;

/**
 * A new institution employee to enrol (onboarding, demo data).
 *
 * @param initialPassword a password, or {@code null}: the person signs in by SMS code and sets one
 * @param approved        false for a customer manager who waits for an admin's approval
 */
public record NewStaff(long institutionId, long nodeId, Role role, String name, PhoneNumber phone, String position,
                       String employeeNo, String initialPassword, boolean approved) {
}
