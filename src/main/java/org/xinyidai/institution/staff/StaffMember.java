package org.xinyidai.institution.staff;

import java.time.OffsetDateTime;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.Masking;

/** A customer manager or admin of an institution, with the node they belong to. */
public record StaffMember(long accountId, long institutionId, long nodeId, String nodeName, String nodePath, Role role,
                          String name, String phone, String position, String employeeNo, Approval approval,
                          WorkStatus workStatus, String referralCode, OffsetDateTime createdAt) {

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    public boolean isPending() {
        return approval == Approval.PENDING;
    }

    public boolean isOnLeave() {
        return workStatus == WorkStatus.ON_LEAVE;
    }

    /** 审核: new customer managers wait for an admin's approval before they can sign in. */
    public enum Approval {
        PENDING, APPROVED;

        public String labelKey() {
            return "staff.approval." + name();
        }
    }

    /** 工作状态: on-leave managers get no new assignments. */
    public enum WorkStatus {
        ON_DUTY, ON_LEAVE;

        public String labelKey() {
            return "staff.work." + name();
        }
    }
}
