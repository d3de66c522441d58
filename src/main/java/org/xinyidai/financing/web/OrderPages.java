package org.xinyidai.financing.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.financing.loan.LoanView;
import org.xinyidai.financing.loan.Loans;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.financing.order.RejectReasons;
import org.xinyidai.shared.web.Flash;

/** What every order detail page shows — the order, its timeline, line and loans — and how refusals read. */
@Component
class OrderPages {

    private final OrderSearch orders;
    private final Loans loans;
    private final RejectReasons reasons;
    private final MessageSource messages;

    OrderPages(OrderSearch orders, Loans loans, RejectReasons reasons, MessageSource messages) {
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

    /**
     * Runs a button's action on an order and goes to {@code view} either way: what was done as the flash, or why
     * it was refused as the message's text (its arguments, a status's label, resolved here in the reader's language).
     */
    String attempt(RedirectAttributes redirect, Locale locale, String doneKey, Runnable action, String view) {
        try {
            action.run();
            Flash.done(redirect, doneKey);
        } catch (Refused refused) {
            flashRefusal(refused, redirect, locale);
        }
        return view;
    }

    /** The refusal as a one-line message for the next page. */
    void flashRefusal(Refused refused, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flashErrorText", messages.getMessage(refused.messageKey(), refused.args(), locale));
    }
}
