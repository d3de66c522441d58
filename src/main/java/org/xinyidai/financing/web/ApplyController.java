package org.xinyidai.financing.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.financing.order.ApplicationOutcome;
import org.xinyidai.financing.order.Applications;
import org.xinyidai.shared.NotFound;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/**
 * 申请融资 from the enterprise console: the product, what the platform can already tell about its admission
 * conditions, and the form. An enterprise that is not authenticated is sent to 我的企业 first.
 */
@Controller
@RequestMapping("/enterprise/products/{productId}/apply")
class ApplyController {

    private final Applications applications;
    private final MessageSource messages;

    ApplyController(Applications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable long productId, @AuthenticationPrincipal CurrentUser user, Model model,
                RedirectAttributes redirect, Locale locale) {
        var applicant = applications.applicant(user);
        if (applicant.isEmpty()) {
            redirect.addFlashAttribute("flashError", "order.apply.needsAuthentication");
            return "redirect:/enterprise/companies";
        }
        model.addAttribute("form", ApplicationForm.blank(user));
        return page(applicant.get(), productId, model, locale);
    }

    @PostMapping
    String apply(@PathVariable long productId, @AuthenticationPrincipal CurrentUser user,
                 @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        var applicant = applications.applicant(user);
        if (applicant.isEmpty()) {
            redirect.addFlashAttribute("flashError", "order.apply.needsAuthentication");
            return "redirect:/enterprise/companies";
        }
        BindingResult binding = Forms.holding(form, errors, model);
        if (binding.hasErrors()) {
            return page(applicant.get(), productId, model, locale);
        }
        ApplicationOutcome outcome = applications.apply(user, productId, form.application());
        if (outcome.created()) {
            Flash.done(redirect, "order.apply.done");
            return "redirect:/enterprise/orders/" + outcome.orderId();
        }
        outcome.refusals().forEach(refusal -> Forms.reject(binding, refusal));
        return page(applicant.get(), productId, model, locale);
    }

    private String page(EnterpriseSummary enterprise, long productId, Model model, Locale locale) {
        ProductSummary product = applications.product(enterprise, productId).orElseThrow(NotFound::new);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("product", product);
        model.addAttribute("checks", applications.admission(enterprise, product).stream()
                .map(c -> new CheckLine(c.outcome().name(), messages.getMessage(c.messageKey(), c.args(), locale)))
                .toList());
        return "orders/apply";
    }

    /** One admission condition as the page lists it: PASS, FAIL or UNKNOWN, and its explanation. */
    record CheckLine(String outcome, String text) {
    }
}
