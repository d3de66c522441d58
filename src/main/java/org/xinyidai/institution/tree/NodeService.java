package org.xinyidai.institution.tree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.Institutions;
import org.xinyidai.institution.NodeType;

/**
 * Adding, editing and removing branch nodes (分支机构管理). Admins change only nodes below their own;
 * a node is removed only when nothing hangs on it (no child nodes, no staff). Each change is audited.
 */
@Service
public class NodeService {

    private final Nodes nodes;
    private final Institutions institutions;
    private final OperationLog operationLog;

    NodeService(Nodes nodes, Institutions institutions, OperationLog operationLog) {
        this.nodes = nodes;
        this.institutions = institutions;
        this.operationLog = operationLog;
    }

    /** The outcome of a change: done, or refused with a message key. */
    public record Outcome(boolean done, String messageKey, Long nodeId) {

        static Outcome done(long nodeId) {
            return new Outcome(true, null, nodeId);
        }

        static Outcome refused(String messageKey) {
            return new Outcome(false, messageKey, null);
        }
    }

    @Transactional
    public Outcome add(NodeScope scope, long parentId, NodeDetails details, CurrentUser actor) {
        Node parent = nodes.find(parentId, scope).orElse(null);
        if (parent == null || !scope.manages()) {
            return Outcome.refused("node.parentOutOfScope");
        }
        if (details.type() == NodeType.HEAD_OFFICE) {
            return Outcome.refused("node.onlyOneHeadOffice");
        }
        if (nodes.nameTaken(scope.institutionId(), details.name(), null)) {
            return Outcome.refused("node.nameTaken");
        }
        long id = institutions.addNode(parentId, details.name(), details.type(), details.regionCode(),
                details.address());
        nodes.updateContact(id, details.contactName(), details.contactPhone());
        operationLog.record(actor.did("NODE_CREATE").on("institution_node", id)
                .withDetail(details.name() + " ← " + parent.name()));
        return Outcome.done(id);
    }

    @Transactional
    public Outcome edit(NodeScope scope, long id, NodeDetails details, CurrentUser actor) {
        Node node = nodes.find(id, scope).filter(n -> scope.isBelowTop(n.path())).orElse(null);
        if (node == null || !scope.manages()) {
            return Outcome.refused("node.outOfScope");
        }
        if (details.type() == NodeType.HEAD_OFFICE) {
            return Outcome.refused("node.onlyOneHeadOffice");
        }
        if (nodes.nameTaken(scope.institutionId(), details.name(), id)) {
            return Outcome.refused("node.nameTaken");
        }
        nodes.update(id, details.name(), details.type(), details.regionCode(), details.address(),
                details.contactName(), details.contactPhone());
        operationLog.record(actor.did("NODE_UPDATE").on("institution_node", id).withDetail(details.name()));
        return Outcome.done(id);
    }

    @Transactional
    public Outcome delete(NodeScope scope, long id, CurrentUser actor) {
        Node node = nodes.find(id, scope).filter(n -> scope.isBelowTop(n.path())).orElse(null);
        if (node == null || !scope.manages()) {
            return Outcome.refused("node.outOfScope");
        }
        if (node.hasAttachments()) {
            return Outcome.refused("node.notEmpty");
        }
        nodes.delete(id);
        operationLog.record(actor.did("NODE_DELETE").on("institution_node", id).withDetail(node.name()));
        return Outcome.done(node.parentId());
    }

    /** What an admin fills in for a node. */
    public record NodeDetails(String name, NodeType type, String regionCode, String address, String contactName,
                              String contactPhone) {
    }
}
