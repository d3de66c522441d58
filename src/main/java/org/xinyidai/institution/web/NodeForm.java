package org.xinyidai.institution.web;

import static org.xinyidai.shared.web.FormText.trimmedOrNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.institution.NodeType;
import org.xinyidai.institution.tree.Node;
import org.xinyidai.institution.tree.NodeDetails;
import org.xinyidai.shared.ContactPhone;

/** A branch node as the admin fills it in (添加支行 / 编辑支行); the district must be one of the sites'. */
record NodeForm(Long parentId,
                @NotBlank(message = "{node.name.required}") @Size(max = 64, message = "{node.name.tooLong}") String name,
                @NotNull(message = "{node.type.required}") NodeType type,
                @Pattern(regexp = "^$|^\\d{6}$", message = "{node.region.format}") String regionCode,
                @Size(max = 128, message = "{node.address.tooLong}") String address,
                @Size(max = 32, message = "{node.contactName.tooLong}") String contactName,
                @ContactPhone(message = "{node.contactPhone.format}") String contactPhone) {

    /** A new node under a parent: a branch under the head office, a sub-branch below that. */
    static NodeForm under(Node parent) {
        return new NodeForm(parent.id(), null,
                parent.type() == NodeType.HEAD_OFFICE ? NodeType.BRANCH : NodeType.SUB_BRANCH, null, null, null, null);
    }

    static NodeForm of(Node node) {
        return new NodeForm(null, node.name(), node.type(), node.regionCode(), node.address(), node.contactName(),
                node.contactPhone());
    }

    NodeDetails details() {
        return new NodeDetails(name.trim(), type, trimmedOrNull(regionCode), trimmedOrNull(address),
                trimmedOrNull(contactName), trimmedOrNull(contactPhone));
    }
}
