package org.xinyidai.institution.web;

import org.springframework.stereotype.Component;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;

/** The signed-in person's part of the branch tree. */
@Component
class InstitutionScopes {

    private final Nodes nodes;

    InstitutionScopes(Nodes nodes) {
        this.nodes = nodes;
    }

    NodeScope of(CurrentUser user) {
        return NodeScope.of(user, nodes);
    }
}
