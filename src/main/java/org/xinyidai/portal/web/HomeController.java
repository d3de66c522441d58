package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import org.xinyidai.financing.FinancingApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinyidai.identity.AccountStatistics;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.product.ProductApi;
import org.xinyidai.product.SupermarketQuery;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * The public home page of the current city site: its slogan, live figures counted from the database for
 * that site, the institutions serving it, and the main entries.
 */
@Controller
class HomeController {

    private final SiteApi sites;
    private final AccountStatistics accounts;
    private final InstitutionApi institutions;
    private final ProductApi products;
    private final FinancingApi financing;

    HomeController(SiteApi sites, AccountStatistics accounts, InstitutionApi institutions, ProductApi products,
                   FinancingApi financing) {
        this.financing = financing;
        this.products = products;
        this.sites = sites;
        this.accounts = accounts;
        this.institutions = institutions;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        sites.current(request).ifPresent(site -> {
            List<InstitutionSummary> serving = institutions.serving(regionsOf(site));
            java.util.Set<String> districts = new java.util.LinkedHashSet<>();
            site.districts().forEach(d -> districts.add(d.regionCode()));
            var newest = products.searchPublished(new SupermarketQuery(districts, null, null, null, null, null, null,
                    SupermarketQuery.Sort.NEWEST, 1));
            model.addAttribute("figures", new HomeFigures(accounts.enterpriseUsers(site.code()), serving.size(),
                    newest.total(), financing.demandsPublished(site.code()), financing.disbursed(site.code()).inWan()));
            model.addAttribute("newestProducts", newest.items().stream().limit(6).toList());
            // the profiles say which institutions have a logo: the others get a drawn placeholder, not a 404
            model.addAttribute("servingInstitutions", serving.stream()
                    .flatMap(i -> institutions.profile(i.id()).stream()).toList());
        });
        return "portal/home";
    }

    private static List<String> regionsOf(Site site) {
        List<String> regions = new ArrayList<>(List.of(site.regionCode()));
        site.districts().forEach(d -> regions.add(d.regionCode()));
        return regions;
    }

    /** The home page's live figures for one site. */
    record HomeFigures(long enterprises, long institutions, long products, long demands, BigDecimal disbursedWan) {
    }
}
