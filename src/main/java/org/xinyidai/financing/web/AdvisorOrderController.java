package org.xinyidai.financing.web;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.OrderFilter;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.order.OrderScopes;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.identity.CurrentUser;

/** 订单跟踪: the advisor follows every order of the city site, read-only, with its timeline. */
@Controller
@RequestMapping("/advisor/orders")
class AdvisorOrderController {

    private final OrderSearch orders;
    private final OrderScopes scopes;
    private final OrderLifecycle lifecycle;
    private final OrderPages pages;

    AdvisorOrderController(OrderSearch orders, OrderScopes scopes, OrderLifecycle lifecycle, OrderPages pages) {
        this.orders = orders;
        this.scopes = scopes;
        this.lifecycle = lifecycle;
        this.pages = pages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) OrderStatus status,
                @RequestParam(required = false) String enterprise, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("result", orders.search(
                new OrderFilter(status, null, null, null, null, null, enterprise, page), scopes.of(user)));
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("enterprise", enterprise);
        return "orders/advisor-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        pages.detail(lifecycle.visible(user, id), model, locale);
        return "orders/advisor-detail";
    }
}
