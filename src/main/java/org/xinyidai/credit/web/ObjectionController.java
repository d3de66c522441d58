package org.xinyidai.credit.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.credit.objection.ObjectionService;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 异议: the enterprise raises one on its own record; the platform admin reviews them. */
@Controller
class ObjectionController {

    private final ObjectionService objections;

    ObjectionController(ObjectionService objections) {
        this.objections = objections;
    }

    @GetMapping("/enterprise/credit/records/{id}/objection")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", ObjectionForm.blank());
        return formPage(user, id, model);
    }

    @PostMapping("/enterprise/credit/records/{id}/objection")
    String raise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                 @Valid @ModelAttribute("form") ObjectionForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        if (binding.hasErrors() || !Forms.attempt(binding, () -> objections.raise(user, id, form.reason()))) {
            return formPage(user, id, model);
        }
        Flash.done(redirect, "credit.objection.raised");
        return "redirect:/enterprise/credit";
    }

    @GetMapping("/admin/credit/objections")
    String review(Model model) {
        model.addAttribute("objections", objections.forReview());
        return "credit/objections";
    }

    @GetMapping("/admin/credit/objections/{id}")
    String objection(@PathVariable long id, Model model) {
        model.addAttribute("form", DecisionForm.blank(objections.find(id).version()));
        return decisionPage(id, model);
    }

    @PostMapping("/admin/credit/objections/{id}")
    String decide(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
                  @Valid @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        BindingResult errors = Forms.holding(form, binding, model);
        if (errors.hasErrors() || !Forms.attempt(errors, () -> objections.decide(admin, id, form.version(),
                form.upheld(), form.result(), form.correctedEnd(), form.correctedAmount()))) {
            return decisionPage(id, model);
        }
        Flash.done(redirect, "credit.objection.decidedNow");
        return "redirect:/admin/credit/objections";
    }

    private String formPage(CurrentUser user, long id, Model model) {
        model.addAttribute("record", objections.ownRecord(user, id));
        return "credit/objection-form";
    }

    private String decisionPage(long id, Model model) {
        model.addAttribute("objection", objections.find(id));
        return "credit/objection";
    }
}
