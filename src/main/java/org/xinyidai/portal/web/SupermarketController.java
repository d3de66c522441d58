package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.ProductApi;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.SupermarketQuery;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.NotFound;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * 金融超市: the current site's published products with filters in the URL, a product's detail, and
 * "apply", which sends an anonymous visitor through sign-in (or registration) and back.
 */
@Controller
class SupermarketController {

    private final ProductApi products;
    private final InstitutionApi institutions;
    private final SiteApi sites;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SupermarketController(ProductApi products, InstitutionApi institutions, SiteApi sites) {
        this.products = products;
        this.institutions = institutions;
        this.sites = sites;
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) Integer term,
                @RequestParam(required = false) GuaranteeMethod guarantee,
                @RequestParam(required = false) Long institution, @RequestParam(required = false) ProductType type,
                @RequestParam(required = false) ProductTag tag,
                @RequestParam(defaultValue = "NEWEST") SupermarketQuery.Sort sort,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Set<String> regions = regions(request);
        var results = products.searchPublished(new SupermarketQuery(regions, amount == null ? null : Money.ofWan(amount.toPlainString()), term, guarantee, institution,
                type, tag, sort, page));
        model.addAttribute("results", results);
        model.addAttribute("total", results.total());
        model.addAttribute("page", results.number());
        model.addAttribute("pages", results.pages());
        model.addAttribute("q", new Filters(amount, term, guarantee, institution, type, tag, sort));
        model.addAttribute("institutions", institutions.serving(regions));
        model.addAttribute("guarantees", GuaranteeMethod.values());
        model.addAttribute("types", ProductType.values());
        model.addAttribute("tags", ProductTag.values());
        model.addAttribute("sorts", SupermarketQuery.Sort.values());
        return htmx != null ? "supermarket/list :: results" : "supermarket/list";
    }

    @GetMapping("/products/{id}")
    String detail(@PathVariable long id, HttpServletRequest request, Model model) {
        ProductSummary product = published(id, request);
        model.addAttribute("product", product);
        model.addAttribute("institution", institutions.profile(product.institutionId()).orElse(null));
        return "supermarket/detail";
    }

    /**
     * 申请: a signed-in enterprise user goes on to the application in the enterprise console (which asks for
     * authentication first when needed); an anonymous visitor signs in or registers and returns here, except for
     * an offline product, whose contact is on the detail page.
     */
    @GetMapping("/products/{id}/apply")
    String apply(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        ProductSummary product = published(id, request);
        if (user != null && user.role() == Role.ENTERPRISE) {
            return "redirect:/enterprise/products/" + id + "/apply";
        }
        if (user == null && !product.online()) {
            return "redirect:/products/" + id + "#contact";
        }
        if (user == null) {
            requestCache.saveRequest(request, response);
            return "redirect:/login";
        }
        model.addAttribute("product", product);
        return "supermarket/apply";
    }

    private ProductSummary published(long id, HttpServletRequest request) {
        return products.findPublished(id, regions(request))
                .orElseThrow(NotFound::new);
    }

    private Set<String> regions(HttpServletRequest request) {
        Set<String> regions = new LinkedHashSet<>();
        sites.current(request).ifPresent(site -> site.districts().stream().map(Site.District::regionCode)
                .forEach(regions::add));
        return regions;
    }

    /** The filters as the page shows them back. */
    public record Filters(BigDecimal amount, Integer term, GuaranteeMethod guarantee, Long institution,
                          ProductType type, ProductTag tag, SupermarketQuery.Sort sort) {

        /** Whether any filter narrows the list (the sort does not): only then is "clear the filters" offered. */
        public boolean narrowed() {
            return amount != null || term != null || guarantee != null || institution != null || type != null
                    || tag != null;
        }
    }
}
