package org.xinyidai.institution.tree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.NodeType;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.SiteApi;

/**
 * Adding, editing and removing branch nodes (分支机构管理). Admins change only nodes below their own;
 * a node is removed only when nothing hangs on it (no child nodes, no staff). Each change is audited; a rule
 * that says no throws a {@link Refused} inside the write.
 */
@Service
public class NodeService {

    private final Nodes nodes;
    private final Institutions institutions;
    private final SiteApi sites;
    private final OperationLog operationLog;

    NodeService(Nodes nodes, Institutions institutions, SiteApi sites, OperationLog operationLog) {
        this.nodes = nodes;
        this.institutions = institutions;
        this.sites = sites;
        this.operationLog = operationLog;
    }

    /** Adds a node under a parent in scope; answers the new node's id. */
    @Transactional
    public long add(NodeScope scope, long parentId, NodeDetails details, CurrentUser actor) {
        Node parent = nodes.find(parentId, scope).orElseThrow(NotFound::new);
        if (!scope.manages()) {
            throw Refused.field("type", "node.parentOutOfScope");
        }
        check(scope, details, null);
        long id = institutions.addNode(parentId, details.name(), details.type(), details.regionCode(),
                details.address());
        nodes.updateContact(id, details.contactName(), details.contactPhone());
        operationLog.record(actor.did("NODE_CREATE").on("institution_node", id)
                .withDetail(details.name() + " ← " + parent.name()));
        return id;
    }

    @Transactional
    public void edit(NodeScope scope, long id, NodeDetails details, CurrentUser actor) {
        changeable(scope, id);
        check(scope, details, id);
        nodes.update(id, details.name(), details.type(), details.regionCode(), details.address(),
                details.contactName(), details.contactPhone());
        operationLog.record(actor.did("NODE_UPDATE").on("institution_node", id).withDetail(details.name()));
    }

    /** Removes an empty node; answers its parent's id. */
    @Transactional
    public long delete(NodeScope scope, long id, CurrentUser actor) {
        Node node = changeable(scope, id);
        if (node.hasAttachments()) {
            throw new Refused("node.notEmpty");
        }
        nodes.delete(id);
        operationLog.record(actor.did("NODE_DELETE").on("institution_node", id).withDetail(node.name()));
        return node.parentId();
    }

    /** A node strictly below the admin's own (anything else is not found); refused for a manager. */
    private Node changeable(NodeScope scope, long id) {
        Node node = nodes.find(id, scope).filter(n -> scope.isBelowTop(n.path())).orElseThrow(NotFound::new);
        if (!scope.manages()) {
            throw Refused.field("type", "node.outOfScope");
        }
        return node;
    }

    /** A node's district is one of the sites' districts (the list the form offers), or none. */
    private void check(NodeScope scope, NodeDetails details, Long id) {
        if (details.regionCode() != null && !sites.isDistrict(details.regionCode())) {
            throw Refused.field("regionCode", "node.region.unknown");
        }
        if (details.type() == NodeType.HEAD_OFFICE) {
            throw Refused.field("type", "node.onlyOneHeadOffice");
        }
        if (nodes.nameTaken(scope.institutionId(), details.name(), id)) {
            throw Refused.field("name", "node.nameTaken");
        }
    }
}
