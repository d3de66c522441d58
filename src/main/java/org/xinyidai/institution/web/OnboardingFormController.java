package org.xinyidai.institution.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.onboarding.NewApplication;
import org.xinyidai.institution.onboarding.OnboardingApplication;
import org.xinyidai.institution.onboarding.OnboardingService;
import org.xinyidai.institution.profile.LogoImage;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.web.Forms;

/** The public onboarding form (机构入驻申请): GET the form, POST it, then the "submitted" page. */
@Controller
class OnboardingFormController {

    static final String FORM_VIEW = "onboarding/apply";
    static final String SUBMITTED_VIEW = "onboarding/submitted";

    private final OnboardingService onboarding;

    OnboardingFormController(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @GetMapping("/onboarding")
    String form(Model model) {
        model.addAttribute("form", OnboardingForm.blank());
        return formView(model);
    }

    @PostMapping("/onboarding")
    String submit(@Valid @ModelAttribute("form") OnboardingForm form, BindingResult binding, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        BindingResult errors = Forms.holding(form, binding, model);
        LogoImage.Check logo = LogoImage.check(form.logo());
        if (!logo.accepted()) {
            errors.rejectValue("logo", logo.problem().messageKey());
        }
        if (!errors.hasFieldErrors("fullName")) {
            onboarding.fullNameProblem(form.fullName()).ifPresent(key -> errors.rejectValue("fullName", key));
        }
        Optional<PhoneNumber> headMobile = mobile(form.headMobile(), "headMobile", errors);
        Optional<PhoneNumber> adminMobile = mobile(form.adminMobile(), "adminMobile", errors);
        adminMobile.flatMap(onboarding::adminMobileProblem).ifPresent(key -> errors.rejectValue("adminMobile", key));
        Optional<Long> submitted = errors.hasErrors() ? Optional.empty() : Forms.attemptAndGet(errors,
                () -> onboarding.submit(new NewApplication(form.fullName(), form.shortName(), form.type(),
                        form.introduction(), logo.image(), form.headName(), form.headPosition(), headMobile.get(),
                        form.adminName(), form.adminPosition(), adminMobile.get()), request.getRemoteAddr()));
        if (submitted.isEmpty()) {
            return formView(model);
        }
        redirect.addFlashAttribute("number", OnboardingApplication.number(submitted.get()));
        redirect.addFlashAttribute("adminMobile", adminMobile.get().masked());
        return "redirect:/onboarding/submitted";
    }

    /** The page after submitting; without a just-submitted application there is nothing to show. */
    @GetMapping("/onboarding/submitted")
    String submitted(Model model) {
        return model.containsAttribute("number") ? SUBMITTED_VIEW : "redirect:/onboarding";
    }

    private static Optional<PhoneNumber> mobile(String input, String field, BindingResult errors) {
        Optional<PhoneNumber> mobile = PhoneNumber.parse(input);
        if (mobile.isEmpty() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "onboarding.mobile.format");
        }
        return mobile;
    }

    private static String formView(Model model) {
        model.addAttribute("types", InstitutionType.values());
        model.addAttribute("introductionMax", OnboardingForm.INTRODUCTION_MAX);
        model.addAttribute("logoMaxBytes", LogoImage.MAX_BYTES);
        model.addAttribute("logoMaxMegabytes", LogoImage.MAX_BYTES / (1024 * 1024));
        return FORM_VIEW;
    }
}
