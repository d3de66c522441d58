package org.xinyidai.institution.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.staff.StaffService.StaffDetails;
import org.xinyidai.shared.PhoneNumber;

/** A customer manager or admin as an admin fills them in (添加客户经理 / 编辑). */
public class StaffForm {

    @NotBlank(message = "{staff.name.required}")
    @Size(max = 32, message = "{staff.name.tooLong}")
    private String name;

    @NotBlank(message = "{validation.phone.required}")
    private String phone;

    @NotNull(message = "{staff.node.required}")
    private Long nodeId;

    @NotNull(message = "{staff.role.required}")
    private Role role = Role.CUSTOMER_MANAGER;

    @Size(max = 32, message = "{staff.position.tooLong}")
    private String position;

    @Size(max = 32, message = "{staff.employeeNo.tooLong}")
    private String employeeNo;

    StaffDetails details(PhoneNumber parsedPhone) {
        return new StaffDetails(name.trim(), parsedPhone, nodeId, role, blankToNull(position), blankToNull(employeeNo));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }
}
