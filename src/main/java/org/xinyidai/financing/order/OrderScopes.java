package org.xinyidai.financing.order;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.NodeSummary;

/** Builds the {@link OrderScope} of the signed-in person from their role. */
@Component
public class OrderScopes {

    private final EnterpriseApi enterprises;
    private final InstitutionApi institutions;

    OrderScopes(EnterpriseApi enterprises, InstitutionApi institutions) {
        this.enterprises = enterprises;
        this.institutions = institutions;
    }

    public OrderScope of(CurrentUser user) {
        return switch (user.role()) {
            case ENTERPRISE -> OrderScope.ofEnterprises(
                    enterprises.ofAccount(user.accountId()).stream().map(EnterpriseSummary::id).toList());
            case CUSTOMER_MANAGER -> OrderScope.ofManager(user.accountId());
            case INST_HQ_ADMIN, INST_ADMIN -> subtreePath(user)
                    .map(path -> OrderScope.ofSubtree(user.institutionId(), path)).orElse(OrderScope.nothing());
            case ADVISOR -> user.siteCode() == null ? OrderScope.nothing() : OrderScope.ofSite(user.siteCode());
            default -> OrderScope.nothing();
        };
    }

    /** The path of the node an institution admin manages; the head office for the HQ admin. */
    public java.util.Optional<String> subtreePath(CurrentUser user) {
        if (user.institutionId() == null || user.nodeId() == null) {
            return java.util.Optional.empty();
        }
        return institutions.findNode(user.nodeId())
                .filter(node -> node.institutionId() == user.institutionId())
                .map(NodeSummary::path);
    }

    /** The ids of the enterprises an enterprise account holds, for pages that list them. */
    public List<Long> enterprisesOf(CurrentUser user) {
        return enterprises.ofAccount(user.accountId()).stream().map(EnterpriseSummary::id).toList();
    }
}
