package org.xinyidai.institution.web;

import jakarta.validation.Valid;
import java.util.List;
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
import org.xinyidai.institution.media.LogoImage;
import org.xinyidai.institution.Institutions;
import org.xinyidai.institution.Institutions.PublicProfile;
import org.xinyidai.institution.profile.ProfileService;
import org.xinyidai.institution.profile.Profiles;
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
        PublicProfile profile = institutions.profile(user.institutionId()).orElseThrow(InstitutionScopes::notFound);
        ProfileForm form = new ProfileForm();
        form.setIntroduction(profile.introduction());
        form.setContactPhone(profile.contactPhone());
        form.setContactAddress(profile.contactAddress());
        form.setDistricts(new java.util.ArrayList<>(profile.districtsServed()));
        model.addAttribute("form", form);
        return view(model, profile);
    }

    @PostMapping("/institution/profile")
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
                @RequestParam(value = "logo", required = false) MultipartFile logo,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PublicProfile profile = institutions.profile(user.institutionId()).orElseThrow(InstitutionScopes::notFound);
        LogoImage newLogo = null;
        if (logo != null && !logo.isEmpty()) {
            LogoImage.Check check = LogoImage.check(logo);
            if (check.accepted()) {
                newLogo = check.image();
            } else {
                errors.reject(check.problem().messageKey());
            }
        }
        if (form.getDistricts().stream().anyMatch(code -> !sites.isDistrict(code))) {
            errors.rejectValue("districts", "profile.districts.unknown");
        }
        List<String> districts = form.getDistricts().stream().distinct().toList();
        if (errors.hasErrors()) {
            return view(model, profile);
        }
        service.save(user, blankToNull(form.getIntroduction()), blankToNull(form.getContactPhone()),
                blankToNull(form.getContactAddress()), districts, newLogo);
        redirect.addFlashAttribute("flash", "profile.saved");
        return "redirect:/institution/profile";
    }

    /** Public: the logo the directory and product pages show. */
    @GetMapping("/institutions/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        LogoImage logo = profiles.logo(id).orElseThrow(InstitutionScopes::notFound);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff").body(logo.content());
    }

    private String view(Model model, PublicProfile profile) {
        model.addAttribute("profile", profile);
        model.addAttribute("sites", sites.all());
        return "institution/profile";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
