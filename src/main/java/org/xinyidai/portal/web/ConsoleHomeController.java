package org.xinyidai.portal.web;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinyidai.financing.FinancingApi;
import org.xinyidai.financing.FinancingApi.InstitutionWorkbench;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.product.ProductApi;
import org.xinyidai.site.SiteApi;

/**
 * Each role's console home: the account, where it belongs, and what it can reach. The security rules
 * keep each path to its roles; anyone else gets the 403 page.
 */
@Controller
class ConsoleHomeController {

    private final InstitutionApi institutions;
    private final InstitutionApi staff;
    private final SiteApi sites;
    private final ProductApi products;
    private final FinancingApi figures;

    ConsoleHomeController(InstitutionApi institutions, InstitutionApi staff, SiteApi sites, ProductApi products,
                          FinancingApi figures) {
        this.products = products;
        this.figures = figures;
        this.institutions = institutions;
        this.staff = staff;
        this.sites = sites;
    }

    @GetMapping({"/enterprise", "/institution", "/gov", "/advisor", "/agency", "/admin"})
    String home(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        if (user.institutionId() != null) {
            institutions.find(user.institutionId()).ifPresent(i -> model.addAttribute("institution", i));
        }
        if (user.nodeId() != null) {
            institutions.findNode(user.nodeId()).ifPresent(n -> model.addAttribute("node", n));
        }
        if (user.regionCode() != null) {
            model.addAttribute("regionName", sites.regionName(user.regionCode(), locale).orElse(user.regionCode()));
        }
        if (user.siteCode() != null) {
            sites.find(user.siteCode()).ifPresent(s -> model.addAttribute("homeSite", s));
        }
        if (user.role().isInstitutionRole()) {
            model.addAttribute("staffCounts", staff.countsFor(user));
            model.addAttribute("productCounts", products.countByStatus(user.institutionId()).entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), java.util.Map.Entry::getValue)));
            InstitutionWorkbench workbench = figures.forInstitution(user);
            model.addAttribute("workbench", workbench);
            model.addAttribute("chartMonths", json(workbench.months().stream().map(m -> "\"" + m.month() + "\"")));
            model.addAttribute("chartAmounts", json(workbench.months().stream().map(m -> m.amount().inWan().toPlainString())));
            model.addAttribute("chartCounts", json(workbench.months().stream().map(m -> String.valueOf(m.count()))));
        }
        if (user.role() == Role.ENTERPRISE) {
            model.addAttribute("enterpriseFigures", figures.forEnterprise(user));
            staff.referralOf(user.accountId()).ifPresent(r -> model.addAttribute("referral", r));
        }
        return "portal/console-home";
    }

    /** A JSON array for a chart's {@code data-*} attribute (months as "2026-11", numbers as they are). */
    private static String json(java.util.stream.Stream<String> items) {
        return items.collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
