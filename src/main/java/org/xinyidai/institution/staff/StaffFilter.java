package org.xinyidai.institution.staff;

import org.xinyidai.identity.Role;
import org.xinyidai.shared.PageRequest;

/**
 * The filters of the staff list, bound from the URL.
 *
 * @param q part of a name, phone number or employee number
 */
public record StaffFilter(String q, Long node, Role role, StaffMember.Approval approval,
                          StaffMember.WorkStatus work, Integer page) {

    public static final int PAGE_SIZE = 20;

    public PageRequest pageRequest() {
        return PageRequest.of(page, PAGE_SIZE);
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }
}
