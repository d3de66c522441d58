package org.xinyidai.product.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.Product;
import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.product.catalog.ProductCatalog;
import org.xinyidai.product.catalog.ProductFilter;
import org.xinyidai.product.catalog.Products;
import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.admission.TaxCreditGrade;
import org.xinyidai.site.SiteApi;

/**
 * 产品管理 for institution staff: the list, the preview, and the product form. Admins manage their
 * institution's products; customer managers read them. Another institution's product answers 404.
 */
@Controller
@RequestMapping("/institution/products")
class ProductController {

    private final Products products;
    private final ProductCatalog catalog;
    private final SiteApi sites;

    ProductController(Products products, ProductCatalog catalog, SiteApi sites) {
        this.products = products;
        this.catalog = catalog;
        this.sites = sites;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ProductFilter filter, @AuthenticationPrincipal CurrentUser user, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        long total = products.count(filter, user.institutionId());
        model.addAttribute("products", products.search(filter, user.institutionId()));
        model.addAttribute("total", total);
        model.addAttribute("page", filter.pageOrFirst());
        model.addAttribute("pages", Math.max(1, (total + ProductFilter.PAGE_SIZE - 1) / ProductFilter.PAGE_SIZE));
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("types", ProductType.values());
        model.addAttribute("manages", manages(user));
        return htmx != null ? "product/list :: results" : "product/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("product", ours(id, user));
        model.addAttribute("manages", manages(user));
        return "product/detail";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireManager(user);
        ProductForm form = new ProductForm();
        form.setGuaranteeMethods(java.util.EnumSet.of(GuaranteeMethod.CREDIT));
        form.setRepaymentMethods(java.util.EnumSet.of(RepaymentMethod.EQUAL_INSTALLMENT));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireManager(user);
        form.checkRanges(errors);
        form.checkDistricts(errors, sites);
        if (!errors.hasErrors()) {
            ProductCatalog.Outcome outcome = catalog.create(user, form.draft());
            if (outcome.done()) {
                redirect.addFlashAttribute("flash", "product.created");
                return "redirect:/institution/products/" + outcome.productId();
            }
            errors.rejectValue("name", outcome.messageKey());
        }
        return formView(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        requireManager(user);
        Product product = ours(id, user);
        model.addAttribute("form", ProductForm.of(product));
        return formView(model, product);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireManager(user);
        Product product = ours(id, user);
        form.checkRanges(errors);
        form.checkDistricts(errors, sites);
        if (!errors.hasErrors()) {
            ProductCatalog.Outcome outcome = catalog.update(user, id, form.getVersion(), form.draft());
            if (outcome.done()) {
                redirect.addFlashAttribute("flash", "product.updated");
                return "redirect:/institution/products/" + id;
            }
            errors.reject(outcome.messageKey());
        }
        return formView(model, product);
    }

    private Product ours(long id, CurrentUser user) {
        return products.find(id, user.institutionId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static boolean manages(CurrentUser user) {
        return user.role() == Role.INST_HQ_ADMIN || user.role() == Role.INST_ADMIN;
    }

    static void requireManager(CurrentUser user) {
        if (!manages(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String formView(Model model, Product product) {
        model.addAttribute("product", product);
        model.addAttribute("types", ProductType.values());
        model.addAttribute("guarantees", GuaranteeMethod.values());
        model.addAttribute("repayments", RepaymentMethod.values());
        model.addAttribute("tags", ProductTag.values());
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("taxGrades", TaxCreditGrade.values());
        model.addAttribute("creditGrades", CreditGrade.values());
        model.addAttribute("sites", sites.all());
        return "product/form";
    }
}
