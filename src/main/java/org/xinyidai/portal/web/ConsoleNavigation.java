package org.xinyidai.portal.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.Role;

/**
 * Each role's side navigation, in the manuals' order. Only pages that exist are listed; modules add
 * their entries here as they land.
 */
@Component
public class ConsoleNavigation {

    public List<NavigationItem> itemsFor(Role role) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("nav.workbench", role.consoleHome(), "speedometer", "nav.workbench.help"));
        if (role == Role.PLATFORM_ADMIN) {
            items.add(new NavigationItem("nav.accounts", "/admin/accounts", "people", "nav.accounts.help"));
            items.add(new NavigationItem("nav.audit", "/admin/audit", "journal", "nav.audit.help"));
        }
        items.add(new NavigationItem("nav.password", "/account/password", "key", "nav.password.help"));
        return items;
    }
}
