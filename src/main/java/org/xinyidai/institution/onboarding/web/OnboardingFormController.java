package org.xinyidai.institution.onboarding.web;

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
import org.xinyidai.institution.media.LogoImage;
import org.xinyidai.institution.onboarding.NewApplication;
import org.xinyidai.institution.onboarding.OnboardingApplication;
import org.xinyidai.institution.onboarding.OnboardingService;
import org.xinyidai.shared.PhoneNumber;

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
        model.addAttribute("form", new OnboardingForm());
        return formView(model);
    }

    @PostMapping("/onboarding")
    String submit(@Valid @ModelAttribute("form") OnboardingForm form, BindingResult errors, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        LogoImage.Check logo = LogoImage.check(form.getLogo());
        if (!logo.accepted()) {
            errors.rejectValue("logo", logo.problem().messageKey());
        }
        if (!errors.hasFieldErrors("fullName")) {
            onboarding.fullNameProblem(form.getFullName()).ifPresent(key -> errors.rejectValue("fullName", key));
        }
        Optional<PhoneNumber> headMobile = mobile(form.getHeadMobile(), "headMobile", errors);
        Optional<PhoneNumber> adminMobile = mobile(form.getAdminMobile(), "adminMobile", errors);
        adminMobile.flatMap(onboarding::adminMobileProblem).ifPresent(key -> errors.rejectValue("adminMobile", key));
        if (errors.hasErrors()) {
            return formView(model);
        }
        long id = onboarding.submit(new NewApplication(form.getFullName(), form.getShortName(), form.getType(),
                form.getIntroduction(), logo.image(), form.getHeadName(), form.getHeadPosition(), headMobile.get(),
                form.getAdminName(), form.getAdminPosition(), adminMobile.get()), request.getRemoteAddr());
        redirect.addFlashAttribute("number", OnboardingApplication.number(id));
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
