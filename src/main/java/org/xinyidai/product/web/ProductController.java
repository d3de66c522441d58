package org.xinyidai.product.web;

import jakarta.validation.Valid;
import java.util.Optional;
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
import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.product.catalog.ProductFilter;
import org.xinyidai.product.catalog.ProductService;
import org.xinyidai.product.catalog.Products;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;
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
    private final ProductService service;
    private final SiteApi sites;

    ProductController(Products products, ProductService service, SiteApi sites) {
        this.products = products;
        this.service = service;
        this.sites = sites;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ProductFilter filter, @AuthenticationPrincipal CurrentUser user, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Page<ProductSummary> found = products.search(filter, user.institutionId());
        model.addAttribute("products", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", found.number());
        model.addAttribute("pages", found.pages());
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
        model.addAttribute("form", ProductForm.blank());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireManager(user);
        BindingResult binding = Forms.holding(form, errors, model);
        form.checkRanges(binding);
        Optional<Long> created = binding.hasErrors() ? Optional.empty()
                : Forms.attemptAndGet(binding, () -> service.create(user, form.draft()));
        if (created.isEmpty()) {
            return formView(model, null);
        }
        Flash.done(redirect, "product.created");
        return "redirect:/institution/products/" + created.get();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        requireManager(user);
        ProductSummary product = ours(id, user);
        model.addAttribute("form", ProductForm.of(product));
        return formView(model, product);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireManager(user);
        BindingResult binding = Forms.holding(form, errors, model);
        ProductSummary product = ours(id, user);
        form.checkRanges(binding);
        if (binding.hasErrors()
                || !Forms.attempt(binding, () -> service.update(user, id, form.version(), form.draft()))) {
            return formView(model, product);
        }
        Flash.done(redirect, "product.updated");
        return "redirect:/institution/products/" + id;
    }

    private ProductSummary ours(long id, CurrentUser user) {
        return products.find(id, user.institutionId()).orElseThrow(NotFound::new);
    }

    static boolean manages(CurrentUser user) {
        return user.role() == Role.INST_HQ_ADMIN || user.role() == Role.INST_ADMIN;
    }

    static void requireManager(CurrentUser user) {
        if (!manages(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String formView(Model model, ProductSummary product) {
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
