package org.xinyidai.institution.web;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.profile.LogoImage;
import org.xinyidai.institution.PublicProfile;
import org.xinyidai.institution.profile.ProfileService;
import org.xinyidai.institution.profile.Profiles;
import org.xinyidai.institution.tree.Institutions;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;
import org.xinyidai.site.SiteApi;

/** 机构信息: the HQ admin edits the public profile; the logo is served publicly for the directory. */
@Controller
class ProfileController {

    private final Profiles profiles;
    private final Institutions institutions;
    private final ProfileService service;
    private final SiteApi sites;

    ProfileController(Profiles profiles, Institutions institutions, ProfileService service, SiteApi sites) {
        this.profiles = profiles;
        this.institutions = institutions;
        this.service = service;
        this.sites = sites;
    }

    @GetMapping("/institution/profile")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        PublicProfile profile = institutions.profile(user.institutionId()).orElseThrow(NotFound::new);
        model.addAttribute("form", ProfileForm.of(profile));
        return view(model, profile);
    }

    @PostMapping("/institution/profile")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
                @RequestParam(value = "logo", required = false) MultipartFile logo,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        PublicProfile profile = institutions.profile(user.institutionId()).orElseThrow(NotFound::new);
        LogoImage newLogo = null;
        if (logo != null && !logo.isEmpty()) {
            LogoImage.Check check = LogoImage.check(logo);
            if (check.accepted()) {
                newLogo = check.image();
            } else {
                binding.reject(check.problem().messageKey());
            }
        }
        LogoImage replacement = newLogo;
        if (binding.hasErrors() || !Forms.attempt(binding, () -> service.save(user, form.introduction(),
                form.contactPhone(), form.contactAddress(), form.districts(), replacement))) {
            return view(model, profile);
        }
        Flash.done(redirect, "profile.saved");
        return "redirect:/institution/profile";
    }

    /** Public: the logo the directory and product pages show. */
    @GetMapping("/institutions/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        LogoImage logo = profiles.logo(id).orElseThrow(NotFound::new);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff").body(logo.content());
    }

    private String view(Model model, PublicProfile profile) {
        model.addAttribute("profile", profile);
        model.addAttribute("sites", sites.all());
        return "institution/profile";
    }
}
