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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.financing.order.RejectReasonAdministration;
import org.xinyidai.financing.order.RejectReasons;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 拒绝原因: the platform admin keeps the list of reasons banks choose from when they reject an order. */
@Controller
@RequestMapping("/admin/reject-reasons")
class RejectReasonAdminController {

    private final RejectReasons reasons;
    private final RejectReasonAdministration administration;

    RejectReasonAdminController(RejectReasons reasons, RejectReasonAdministration administration) {
        this.reasons = reasons;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RejectReasonForm.blank());
        }
        model.addAttribute("reasons", reasons.list());
        return "orders/reject-reasons";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") RejectReasonForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        if (binding.hasErrors() || !Forms.attempt(binding, () -> administration.add(user, form.reason()))) {
            return list(model);
        }
        Flash.done(redirect, "reason.saved");
        return "redirect:/admin/reject-reasons";
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("edit") RejectReasonForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (errors.hasFieldErrors("labelZh") || errors.hasFieldErrors("labelEn") || errors.hasFieldErrors("sortOrder")) {
            redirect.addFlashAttribute("flashError", "reason.invalid");
            return "redirect:/admin/reject-reasons";
        }
        administration.update(user, form.reason(code));
        Flash.done(redirect, "reason.saved");
        return "redirect:/admin/reject-reasons";
    }
}
