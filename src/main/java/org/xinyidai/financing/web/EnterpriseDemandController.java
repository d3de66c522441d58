package org.xinyidai.financing.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.financing.demand.DemandPublishing;
import org.xinyidai.financing.demand.PublishOutcome;
import org.xinyidai.shared.Refused;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 融资需求 in the enterprise console: its demands with the orders made of them, publishing and withdrawing. */
@Controller
@RequestMapping("/enterprise/demands")
class EnterpriseDemandController {

    static final String LIST_VIEW = "demands/enterprise-list";
    static final String FORM_VIEW = "demands/form";

    private final DemandPublishing publishing;

    EnterpriseDemandController(DemandPublishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("demands", publishing.mine(user));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        var publisher = publishing.publisher(user);
        if (publisher.isEmpty()) {
            return needsAuthentication(redirect);
        }
        model.addAttribute("form", DemandForm.blank(publisher.get(), user));
        return formView(publisher.get(), model);
    }

    @PostMapping("/new")
    String publish(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DemandForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        var publisher = publishing.publisher(user);
        if (publisher.isEmpty()) {
            return needsAuthentication(redirect);
        }
        BindingResult binding = Forms.holding(form, errors, model);
        if (binding.hasErrors()) {
            return formView(publisher.get(), model);
        }
        PublishOutcome outcome;
        try {
            outcome = publishing.publish(user, form.toRequest());
        } catch (Refused refused) {
            Flash.refused(redirect, refused);
            return "redirect:/enterprise/companies";
        }
        if (!outcome.published()) {
            outcome.problems().forEach(problem -> Forms.reject(binding, problem));
            return formView(publisher.get(), model);
        }
        Flash.done(redirect, "demand.published");
        return "redirect:/enterprise/demands";
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes redirect) {
        return Flash.attempt(redirect, "demand.withdrawn", () -> publishing.withdraw(user, id, version),
                "redirect:/enterprise/demands");
    }

    private String formView(EnterpriseSummary enterprise, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("districts", publishing.districts(enterprise.siteCode()));
        model.addAttribute("guaranteeMethods", GuaranteeMethod.values());
        model.addAttribute("today", publishing.today());
        return FORM_VIEW;
    }

    private static String needsAuthentication(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "order.apply.needsAuthentication");
        return "redirect:/enterprise/companies";
    }
}
