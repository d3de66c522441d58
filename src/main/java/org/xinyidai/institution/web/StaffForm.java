package org.xinyidai.institution.web;

import static org.xinyidai.shared.web.FormText.trimmedOrNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.staff.StaffDetails;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.shared.PhoneNumber;

/**
 * A customer manager or admin as an admin fills them in (添加客户经理 / 编辑); the phone number is read by the
 * controller. When editing, the role is the person's and is not changed here.
 */
record StaffForm(@NotBlank(message = "{staff.name.required}") @Size(max = 32, message = "{staff.name.tooLong}")
                 String name,
                 @NotBlank(message = "{validation.phone.required}") String phone,
                 @NotNull(message = "{staff.node.required}") Long nodeId,
                 @NotNull(message = "{staff.role.required}") Role role,
                 @Size(max = 32, message = "{staff.position.tooLong}") String position,
                 @Size(max = 32, message = "{staff.employeeNo.tooLong}") String employeeNo) {

    static StaffForm blank() {
        return new StaffForm(null, null, null, Role.CUSTOMER_MANAGER, null, null);
    }

    static StaffForm of(StaffMember member) {
        return new StaffForm(member.name(), member.phone(), member.nodeId(), member.role(), member.position(),
                member.employeeNo());
    }

    StaffDetails details(PhoneNumber parsedPhone) {
        return new StaffDetails(name.trim(), parsedPhone, nodeId, role, trimmedOrNull(position),
                trimmedOrNull(employeeNo));
    }
}
