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
            items.add(new NavigationItem("nav.onboarding", "/admin/onboarding", "building", "nav.onboarding.help"));
            items.add(new NavigationItem("nav.sites", "/admin/sites", "map", "nav.sites.help"));
            items.add(new NavigationItem("nav.helpAdmin", "/admin/help", "book", "nav.helpAdmin.help"));
            items.add(new NavigationItem("nav.feedback", "/admin/feedback", "inbox", "nav.feedback.help"));
            items.add(new NavigationItem("nav.rejectReasons", "/admin/reject-reasons", "list", "nav.rejectReasons.help"));
            items.add(new NavigationItem("nav.creditData", "/admin/credit/data", "database", "nav.creditData.help"));
            items.add(new NavigationItem("nav.creditQuality", "/admin/credit/quality", "clipboard", "nav.creditQuality.help"));
            items.add(new NavigationItem("nav.creditObjections", "/admin/credit/objections", "chat", "nav.creditObjections.help"));
            items.add(new NavigationItem("nav.accounts", "/admin/accounts", "people", "nav.accounts.help"));
            items.add(new NavigationItem("nav.audit", "/admin/audit", "journal", "nav.audit.help"));
        }
        if (role == Role.ENTERPRISE) {
            items.add(new NavigationItem("nav.companies", "/enterprise/companies", "building", "nav.companies.help"));
            items.add(new NavigationItem("nav.demands", "/enterprise/demands", "megaphone", "nav.demands.help"));
            items.add(new NavigationItem("nav.myOrders", "/enterprise/orders", "list", "nav.myOrders.help"));
            items.add(new NavigationItem("nav.myCredit", "/enterprise/credit", "shield", "nav.myCredit.help"));
            items.add(new NavigationItem("nav.supermarket", "/products", "shop", "nav.supermarket.help"));
        }
        if (role == Role.CREDIT_AGENCY) {
            items.add(new NavigationItem("nav.agencyProfile", "/agency/profile", "building", "nav.agencyProfile.help"));
        }
        if (role == Role.ADVISOR) {
            items.add(new NavigationItem("nav.authentications", "/advisor/authentications", "patch-check",
                    "nav.authentications.help"));
            items.add(new NavigationItem("nav.demandDispatch", "/advisor/demands", "send", "nav.demandDispatch.help"));
            items.add(new NavigationItem("nav.advisorOrders", "/advisor/orders", "list", "nav.advisorOrders.help"));
        }
        if (role.isInstitutionRole()) {
            items.add(new NavigationItem("nav.orders", "/institution/orders", "list", "nav.orders.help"));
            items.add(new NavigationItem("nav.products", "/institution/products", "box", "nav.products.help"));
        }
        if (role == Role.INST_HQ_ADMIN || role == Role.INST_ADMIN) {
            items.add(new NavigationItem("nav.nodes", "/institution/nodes", "diagram", "nav.nodes.help"));
            items.add(new NavigationItem("nav.staff", "/institution/staff", "people", "nav.staff.help"));
        }
        if (role == Role.INST_HQ_ADMIN) {
            items.add(new NavigationItem("nav.profile", "/institution/profile", "building", "nav.profile.help"));
        }
        if (role == Role.CUSTOMER_MANAGER) {
            items.add(new NavigationItem("nav.referral", "/institution/referral", "qr", "nav.referral.help"));
        }
        items.add(new NavigationItem("nav.messages", "/messages", "bell", "nav.messages.help"));
        items.add(new NavigationItem("nav.password", "/account/password", "key", "nav.password.help"));
        return items;
    }
}
