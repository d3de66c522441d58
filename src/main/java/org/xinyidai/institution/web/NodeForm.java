package org.xinyidai.institution.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.institution.NodeType;
import org.xinyidai.institution.tree.NodeService.NodeDetails;
import org.xinyidai.shared.ContactPhone;

/** A branch node as the admin fills it in (添加支行 / 编辑支行). */
public class NodeForm {

    private Long parentId;

    @NotBlank(message = "{node.name.required}")
    @Size(max = 64, message = "{node.name.tooLong}")
    private String name;

    @NotNull(message = "{node.type.required}")
    private NodeType type;

    @Pattern(regexp = "^$|^\\d{6}$", message = "{node.region.format}")
    private String regionCode;

    @Size(max = 128, message = "{node.address.tooLong}")
    private String address;

    @Size(max = 32, message = "{node.contactName.tooLong}")
    private String contactName;

    @ContactPhone(message = "{node.contactPhone.format}")
    private String contactPhone;

    NodeDetails details() {
        return new NodeDetails(name.trim(), type, blankToNull(regionCode), blankToNull(address),
                blankToNull(contactName), blankToNull(contactPhone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NodeType getType() {
        return type;
    }

    public void setType(NodeType type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
