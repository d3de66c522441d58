package org.xinyidai.institution.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;

/** The signed-in person's part of the branch tree, and the 404 for anything outside it. */
@Component
class InstitutionScopes {

    private final Nodes nodes;

    InstitutionScopes(Nodes nodes) {
        this.nodes = nodes;
    }

    NodeScope of(CurrentUser user) {
        return NodeScope.of(user, nodes);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
