package org.xinyidai.financing.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.financing.loan.LoanView;
import org.xinyidai.financing.loan.Loans;
import org.xinyidai.financing.order.ActionRefused;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.Orders;
import org.xinyidai.financing.order.RejectReasons;

/** What every order detail page shows — the order, its timeline, line and loans — and how refusals read. */
@Component
class OrderPages {

    private final Orders orders;
    private final Loans loans;
    private final RejectReasons reasons;
    private final MessageSource messages;

    OrderPages(Orders orders, Loans loans, RejectReasons reasons, MessageSource messages) {
        this.orders = orders;
        this.loans = loans;
        this.reasons = reasons;
        this.messages = messages;
    }

    void detail(Order order, Model model, Locale locale) {
        model.addAttribute("order", order);
        model.addAttribute("timeline", orders.timeline(order.id()));
        model.addAttribute("reasonLabels", reasons.all(locale));
        model.addAttribute("credit", loans.credit(order.id()).orElse(null));
        model.addAttribute("loans", loans.loansOf(order.id()).stream()
                .map(l -> new LoanView(l, loans.schedule(l.id()), loans.repayments(l.id()))).toList());
    }

    /** The refusal as a one-line message for the next page. */
    void flashRefusal(ActionRefused refused, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashErrorText", messages.getMessage(refused.messageKey(), refused.args(), locale));
    }

    String message(ActionRefused refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.args(), locale);
    }
}
