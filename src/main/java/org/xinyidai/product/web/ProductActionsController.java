package org.xinyidai.product.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.catalog.ProductService;
import org.xinyidai.product.catalog.Products;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;

/**
 * The one-click product actions: copy, publish (上架), take offline (下架), delete. Another institution's product
 * is not found; a refusal is the flash message on the product's page.
 */
@Controller
@RequestMapping("/institution/products/{id}")
class ProductActionsController {

    private final Products products;
    private final ProductService service;
    private final MessageSource messages;

    ProductActionsController(Products products, ProductService service, MessageSource messages) {
        this.products = products;
        this.service = service;
        this.messages = messages;
    }

    @PostMapping("/copy")
    String copy(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
                RedirectAttributes redirect) {
        ours(id, user);
        long copy = service.copy(user, id, messages.getMessage("product.copySuffix", null, locale));
        Flash.done(redirect, "product.copied");
        return "redirect:/institution/products/" + copy;
    }

    @PostMapping("/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ours(id, user);
        return Flash.attempt(redirect, "product.published", () -> service.publish(user, id), page(id));
    }

    @PostMapping("/offline")
    String offline(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ours(id, user);
        return Flash.attempt(redirect, "product.offline", () -> service.takeOffline(user, id), page(id));
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ours(id, user);
        return Flash.attemptChoosing(redirect, "product.deleted", () -> {
            service.delete(user, id);
            return "redirect:/institution/products";
        }, page(id));
    }

    /** Managers of this institution only; anyone else's product is not there (404). */
    private void ours(long id, CurrentUser user) {
        products.find(id, user.institutionId()).orElseThrow(NotFound::new);
        ProductController.requireManager(user);
    }

    private static String page(long id) {
        return "redirect:/institution/products/" + id;
    }
}
