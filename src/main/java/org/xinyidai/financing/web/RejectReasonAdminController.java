package org.xinyidai.financing.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.financing.order.OrderNotFound;
import org.xinyidai.financing.order.RejectReasons;
import org.xinyidai.identity.CurrentUser;

/** 拒绝原因: the platform admin keeps the list of reasons banks choose from when they reject an order. */
@Controller
@RequestMapping("/admin/reject-reasons")
class RejectReasonAdminController {

    private final RejectReasons reasons;
    private final OperationLog log;

    RejectReasonAdminController(RejectReasons reasons, OperationLog log) {
        this.reasons = reasons;
        this.log = log;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RejectReasonForm());
        }
        model.addAttribute("reasons", reasons.list());
        return "orders/reject-reasons";
    }

    @PostMapping
    @Transactional
    String add(@Valid @ModelAttribute("form") RejectReasonForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && reasons.exists(form.getCode())) {
            errors.rejectValue("code", "reason.validation.taken");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        reasons.add(form.reason());
        log.record(user.did("REJECT_REASON_ADD").withDetail(form.getCode()));
        redirect.addFlashAttribute("flash", "reason.saved");
        return "redirect:/admin/reject-reasons";
    }

    @PostMapping("/{code}")
    @Transactional
    String update(@PathVariable String code, @Valid @ModelAttribute("edit") RejectReasonForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        form.setCode(code);
        if (errors.hasFieldErrors("labelZh") || errors.hasFieldErrors("labelEn") || errors.hasFieldErrors("sortOrder")) {
            redirect.addFlashAttribute("flashError", "reason.invalid");
            return "redirect:/admin/reject-reasons";
        }
        if (!reasons.update(form.reason())) {
            throw new OrderNotFound();
        }
        log.record(user.did("REJECT_REASON_UPDATE").withDetail(code));
        redirect.addFlashAttribute("flash", "reason.saved");
        return "redirect:/admin/reject-reasons";
    }
}
