package org.xinyidai.financing.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.financing.loan.LoanService;
import org.xinyidai.financing.order.OrderAssignment;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/**
 * The actions on one order by institution staff. Simple actions redirect back to the order with a message;
 * the line, disbursement and repayment forms come back with the message beside the field when refused.
 */
@Controller
@RequestMapping("/institution/orders/{id}")
class BankOrderActionsController {

    private final OrderLifecycle lifecycle;
    private final OrderAssignment assignment;
    private final LoanService loans;
    private final OrderPages pages;
    private final BankOrderPage detailPage;

    BankOrderActionsController(OrderLifecycle lifecycle, OrderAssignment assignment, LoanService loans, OrderPages pages,
                               BankOrderPage detailPage) {
        this.lifecycle = lifecycle;
        this.assignment = assignment;
        this.loans = loans;
        this.pages = pages;
        this.detailPage = detailPage;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.accepted", () -> lifecycle.accept(user, id, version));
    }

    @PostMapping("/review")
    String review(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.reviewing", () -> lifecycle.startReview(user, id, version));
    }

    @PostMapping("/reject")
    String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String text, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.rejected",
                () -> lifecycle.reject(user, id, version, reason, text));
    }

    @PostMapping("/note")
    String note(@PathVariable long id, @RequestParam(required = false) String note,
                @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.noted",
                () -> lifecycle.addNote(user, id, note));
    }

    @PostMapping("/assign")
    String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long manager,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.assigned", () -> assignment.assign(user, id, version, account(manager)));
    }

    @PostMapping("/recall")
    String recall(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.recalled", () -> assignment.recall(user, id, version));
    }

    @PostMapping("/handover")
    String handOver(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long colleague,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return simple(id, redirect, locale, "order.handedOver",
                () -> assignment.handOver(user, id, version, account(colleague)));
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                   @Valid @ModelAttribute("creditForm") CreditForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect, Locale locale) {
        return withForm(id, user, Forms.holding(form, errors, model), model, redirect, locale, "order.approved",
                () -> loans.approve(user, id, version, form.terms()));
    }

    @PostMapping("/disburse")
    String disburse(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                    @Valid @ModelAttribute("disbursementForm") DisbursementForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect, Locale locale) {
        return withForm(id, user, Forms.holding(form, errors, model), model, redirect, locale, "order.disbursed",
                () -> loans.disburse(user, id, version, form.disbursement()));
    }

    @PostMapping("/repayments")
    String repay(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                 @Valid @ModelAttribute("repaymentForm") RepaymentForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        return withForm(id, user, Forms.holding(form, errors, model), model, redirect, locale, "order.repaid",
                () -> loans.recordRepayment(user, id, version, form.repayment()));
    }

    private static AccountId account(Long id) {
        return id == null ? null : AccountId.of(id);
    }

    private String simple(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
        return pages.attempt(redirect, locale, doneKey, action, "redirect:/institution/orders/" + id);
    }

    private String withForm(long id, CurrentUser user, BindingResult errors, Model model, RedirectAttributes redirect,
                            Locale locale, String doneKey, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                Flash.done(redirect, doneKey);
                return "redirect:/institution/orders/" + id;
            } catch (Refused refused) {
                if (!refused.isAboutAField()) {
                    pages.flashRefusal(refused, redirect, locale);
                    return "redirect:/institution/orders/" + id;
                }
                Forms.reject(errors, refused);
            }
        }
        model.addAttribute("openForm", errors.getObjectName());
        detailPage.show(lifecycle.visible(user, id), user, model, locale);
        return "orders/bank-detail";
    }
}
