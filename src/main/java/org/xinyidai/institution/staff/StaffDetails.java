package org.xinyidai.institution.staff;

import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;

/** What an admin fills in for a person (the role counts only when adding them). */
public record StaffDetails(String name, PhoneNumber phone, long nodeId, Role role, String position,
                           String employeeNo) {
}
