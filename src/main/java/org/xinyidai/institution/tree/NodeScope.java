package org.xinyidai.institution.tree;

import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;

/**
 * The part of an institution's branch tree a person may see: the HQ admin the whole tree, a branch
 * admin their node and everything below it, a customer manager their own node. Applied inside every
 * query as {@code institution_id = :institution and path like :subtree}, never by hiding buttons.
 *
 * @param institutionId the institution
 * @param subtreePath   the path of the top node the person may see, e.g. {@code /1/4/}
 * @param topNodeId     that node's id
 * @param manages       whether the person may change nodes and staff below the top node
 */
public record NodeScope(long institutionId, String subtreePath, long topNodeId, boolean manages) {

    public static NodeScope of(CurrentUser user, Nodes nodes) {
        if (user.institutionId() == null || user.nodeId() == null || !user.role().isInstitutionRole()) {
            throw new IllegalStateException("Not an institution account");
        }
        String path = nodes.pathOf(user.nodeId(), user.institutionId())
                .orElseThrow(() -> new IllegalStateException("The account's node is gone"));
        boolean manages = user.role() == Role.INST_HQ_ADMIN || user.role() == Role.INST_ADMIN;
        return new NodeScope(user.institutionId(), path, user.nodeId(), manages);
    }

    /** The {@code like} pattern matching the top node and every node below it. */
    public String subtreePattern() {
        return subtreePath + "%";
    }

    /** True when a node path lies strictly below the top node: only there may nodes be edited or removed. */
    public boolean isBelowTop(String path) {
        return path.startsWith(subtreePath) && !path.equals(subtreePath);
    }
}
