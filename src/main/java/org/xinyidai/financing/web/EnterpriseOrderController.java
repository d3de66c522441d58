package org.xinyidai.financing.web;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.OrderFilter;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderScopes;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.Page;

/** 我的订单: an enterprise's orders, each with its progress timeline, line, loans and repayment schedule. */
@Controller
@RequestMapping("/enterprise/orders")
class EnterpriseOrderController {

    private final OrderSearch orders;
    private final OrderScopes scopes;
    private final OrderLifecycle lifecycle;
    private final OrderPages pages;

    EnterpriseOrderController(OrderSearch orders, OrderScopes scopes, OrderLifecycle lifecycle, OrderPages pages) {
        this.orders = orders;
        this.scopes = scopes;
        this.lifecycle = lifecycle;
        this.pages = pages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) OrderStatus status,
                @RequestParam(required = false) Integer page, Model model) {
        OrderFilter filter = new OrderFilter(status, null, null, null, null, null, null, page);
        Page<Order> result = orders.search(filter, scopes.of(user));
        model.addAttribute("result", result);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("status", status);
        return "orders/enterprise-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        pages.detail(lifecycle.visible(user, id), model, locale);
        return "orders/enterprise-detail";
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return pages.attempt(redirect, locale, "order.withdrawn", () -> lifecycle.withdraw(user, id, version, note),
                "redirect:/enterprise/orders/" + id);
    }
}
