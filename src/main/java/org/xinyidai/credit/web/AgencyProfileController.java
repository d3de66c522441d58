package org.xinyidai.credit.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.web.Forms;
import org.xinyidai.credit.agency.AgencyDirectory;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/** 机构信息 for a credit agency: the profile the public directory shows once published. */
@Controller
@RequestMapping("/agency/profile")
class AgencyProfileController {

    private final AgencyDirectory directory;
    private final SiteApi sites;

    AgencyProfileController(AgencyDirectory directory, SiteApi sites) {
        this.directory = directory;
        this.sites = sites;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        AgencyProfileForm form = directory.own(user.accountId()).map(AgencyProfileForm::of)
                .orElseGet(() -> AgencyProfileForm.blank(user.organisation()));
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AgencyProfileForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        BindingResult errors = Forms.holding(form, binding, model);
        boolean unknownSite = form.sites().stream().anyMatch(code -> sites.find(code).isEmpty());
        if (unknownSite) {
            errors.rejectValue("sites", "agency.validation.sites");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        if (!directory.save(user, form.profile(user.accountId()))) {
            errors.reject("agency.stale");
            return page(model);
        }
        redirect.addFlashAttribute("flash", "agency.saved");
        return "redirect:/agency/profile";
    }

    private String page(Model model) {
        model.addAttribute("allSites", sites.all().stream().filter(Site::active).toList());
        return "credit/agency-profile";
    }
}
