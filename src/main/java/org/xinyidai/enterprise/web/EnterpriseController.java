package org.xinyidai.enterprise.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.enterprise.registry.EnterpriseService.Added;
import org.xinyidai.enterprise.registry.EnterpriseService.Screening;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 我的企业: the account's enterprises, adding and editing them, and which one is current. */
@Controller
class EnterpriseController {

    static final String LIST_VIEW = "enterprise/companies";
    static final String FORM_VIEW = "enterprise/company-form";
    private static final String LIST = "redirect:/enterprise/companies";

    private final EnterpriseService service;
    private final EnterpriseDetailPage detailPage;

    EnterpriseController(EnterpriseService service, EnterpriseDetailPage detailPage) {
        this.service = service;
        this.detailPage = detailPage;
    }

    @GetMapping("/enterprise/companies")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("memberships", service.memberships(user.account()));
        return LIST_VIEW;
    }

    @GetMapping("/enterprise/companies/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", EnterpriseForm.blank());
        return formView(user, model, null);
    }

    @PostMapping("/enterprise/companies/new")
    String add(@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        Optional<Added> added = read(form, binding, user, model, null)
                .flatMap(entered -> Forms.attemptAndGet(binding, () -> service.add(user.account(), user.siteCode(),
                        entered)));
        if (added.isEmpty()) {
            return formView(user, model, null);
        }
        if (added.get().claim()) {
            Flash.done(redirect, "enterprise.claim.submitted");
            return LIST;
        }
        Flash.done(redirect, "enterprise.added");
        return detailRedirect(added.get().enterpriseId());
    }

    @GetMapping("/enterprise/companies/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("faceForm", FaceForm.blank());
        return detailPage.show(service.mine(user.account(), EnterpriseId.of(id)), model);
    }

    @GetMapping("/enterprise/companies/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Enterprise enterprise = service.forEditing(user.account(), EnterpriseId.of(id));
        model.addAttribute("form", EnterpriseForm.of(enterprise));
        return formView(user, model, enterprise);
    }

    @PostMapping("/enterprise/companies/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") EnterpriseForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        EnterpriseId enterpriseId = EnterpriseId.of(id);
        Enterprise enterprise = service.forEditing(user.account(), enterpriseId);
        BindingResult binding = Forms.holding(form, errors, model);
        Optional<NewEnterprise> entered = read(form, binding, user, model, enterpriseId);
        if (entered.isEmpty() || !Forms.attempt(binding, () -> service.edit(user.account(), user.siteCode(),
                enterpriseId, form.seenVersion(), entered.get()))) {
            return formView(user, model, enterprise);
        }
        Flash.done(redirect, "enterprise.saved");
        return detailRedirect(id);
    }

    @PostMapping("/enterprise/companies/{id}/current")
    String makeCurrent(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        service.switchCurrent(user.account(), EnterpriseId.of(id));
        Flash.done(redirect, "enterprise.current.switched");
        return LIST;
    }

    /**
     * Reads what Bean Validation cannot (the USCC, the ID number) and puts every rule the service finds beside
     * its field, at once; answers the enterprise when everything is right and any USCC warning is confirmed.
     */
    private Optional<NewEnterprise> read(EnterpriseForm form, BindingResult errors, CurrentUser user, Model model,
                                         EnterpriseId editing) {
        Optional<Uscc> uscc = Optional.empty();
        if (form.uscc() != null && !form.uscc().isBlank()) {
            uscc = Uscc.parse(form.uscc());
            if (uscc.isEmpty()) {
                errors.rejectValue("uscc", "enterprise.uscc.format");
            }
        }
        ResidentIdNumber legalRepId = null;
        if (form.legalRepId() == null || form.legalRepId().isBlank()) {
            if (editing == null) {
                errors.rejectValue("legalRepId", "enterprise.legalRepId.required");
            }
        } else {
            legalRepId = ResidentIdNumber.parse(form.legalRepId()).orElse(null);
            if (legalRepId == null) {
                errors.rejectValue("legalRepId", "enterprise.legalRepId.invalid");
            }
        }
        Screening screening = service.screen(user.account(), user.siteCode(), uscc.orElse(null), form.establishedOn(),
                form.regionCode(), editing);
        screening.problems().forEach(problem -> Forms.reject(errors, problem));
        model.addAttribute("usccWarnings", screening.warnings());
        if (!screening.warnings().isEmpty() && !form.isConfirmed()) {
            errors.rejectValue("confirmed", "enterprise.confirm.required");
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(form.entered(uscc.orElseThrow(), legalRepId));
    }

    private String formView(CurrentUser user, Model model, Enterprise editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("sections", IndustrySection.values());
        Map<IndustrySection, SizingCategory> sectionSizing = new EnumMap<>(IndustrySection.class);
        for (IndustrySection section : IndustrySection.values()) {
            sectionSizing.put(section, SizingCategory.defaultFor(section));
        }
        model.addAttribute("sectionSizing", sectionSizing);
        model.addAttribute("categories", SizingCategory.values());
        model.addAttribute("districts", service.districts(user.siteCode()));
        if (!model.containsAttribute("usccWarnings")) {
            model.addAttribute("usccWarnings", List.of());
        }
        if (model.getAttribute("form") instanceof EnterpriseForm form) {
            form.size().ifPresent(size -> model.addAttribute("computedSize", size));
        }
        return FORM_VIEW;
    }

    private static String detailRedirect(long id) {
        return "redirect:/enterprise/companies/" + id;
    }
}
