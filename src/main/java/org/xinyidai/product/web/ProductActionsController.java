package org.xinyidai.product.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.Product;
import org.xinyidai.product.catalog.ProductCatalog;
import org.xinyidai.product.catalog.Products;

/** The one-click product actions: copy, publish (上架), take offline (下架), delete. */
@Controller
@RequestMapping("/institution/products/{id}")
class ProductActionsController {

    private final Products products;
    private final ProductCatalog catalog;
    private final MessageSource messages;

    ProductActionsController(Products products, ProductCatalog catalog, MessageSource messages) {
        this.products = products;
        this.catalog = catalog;
        this.messages = messages;
    }

    @PostMapping("/copy")
    String copy(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
                RedirectAttributes redirect) {
        Product product = ours(id, user);
        ProductCatalog.Outcome outcome = catalog.copy(user, product,
                messages.getMessage("product.copySuffix", null, locale));
        redirect.addFlashAttribute("flash", "product.copied");
        return "redirect:/institution/products/" + outcome.productId();
    }

    @PostMapping("/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answer(catalog.publish(user, ours(id, user)), "product.published", id, redirect);
    }

    @PostMapping("/offline")
    String offline(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answer(catalog.takeOffline(user, ours(id, user)), "product.offline", id, redirect);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ProductCatalog.Outcome outcome = catalog.delete(user, ours(id, user));
        if (outcome.done()) {
            redirect.addFlashAttribute("flash", "product.deleted");
            return "redirect:/institution/products";
        }
        return answer(outcome, null, id, redirect);
    }

    /** Managers of this institution only; anyone else's product is not there (404). */
    private Product ours(long id, CurrentUser user) {
        Product product = products.find(id, user.institutionId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProductController.requireManager(user);
        return product;
    }

    private static String answer(ProductCatalog.Outcome outcome, String doneKey, long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(outcome.done() ? "flash" : "flashError", outcome.done() ? doneKey : outcome.messageKey());
        return "redirect:/institution/products/" + id;
    }
}
