package org.xinyidai.institution.staff;

import org.xinyidai.identity.Role;

/**
 * The filters of the staff list, bound from the URL.
 *
 * @param q part of a name, phone number or employee number
 */
public record StaffFilter(String q, Long node, Role role, StaffMember.Approval approval,
                          StaffMember.WorkStatus work, Integer page) {

    public static final int PAGE_SIZE = 20;

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }
}
