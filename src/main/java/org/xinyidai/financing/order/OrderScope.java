package org.xinyidai.financing.order;

import java.util.List;
import java.util.Map;
import org.xinyidai.identity.CurrentUser;

/**
 * Which orders a person may see, as an SQL condition on {@code financing_order o} (DESIGN §2): an enterprise
 * its own enterprises' orders, a customer manager the orders assigned to them, a branch admin its subtree, a
 * head-office admin the whole institution, an advisor the city site. Anyone else sees none. Out of scope
 * is answered exactly like "no such order".
 */
public record OrderScope(String condition, Map<String, Object> params) {

    private static final OrderScope NOTHING = new OrderScope("1 = 0", Map.of());

    public static OrderScope ofEnterprises(List<Long> enterpriseIds) {
        return enterpriseIds.isEmpty() ? NOTHING
                : new OrderScope("o.enterprise_id in (:scopeEnterprises)", Map.of("scopeEnterprises", enterpriseIds));
    }

    public static OrderScope ofManager(long accountId) {
        return new OrderScope("o.manager_account = :scopeManager", Map.of("scopeManager", accountId));
    }

    public static OrderScope ofSubtree(long institutionId, String subtreePath) {
        return new OrderScope("o.institution_id = :scopeInstitution and o.node_path like :scopePath",
                Map.of("scopeInstitution", institutionId, "scopePath", subtreePath + "%"));
    }

    public static OrderScope ofSite(String siteCode) {
        return new OrderScope("o.site_code = :scopeSite", Map.of("scopeSite", siteCode));
    }

    public static OrderScope nothing() {
        return NOTHING;
    }

    /** True for the roles that act on orders as the bank: managers and admins. */
    public static boolean isBankSide(CurrentUser user) {
        return user.role().isInstitutionRole();
    }
}
