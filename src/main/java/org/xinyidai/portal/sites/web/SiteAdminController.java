package org.xinyidai.portal.sites.web;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.portal.sites.SiteAdministration;
import org.xinyidai.portal.sites.UploadedImages;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteCodes;
import org.xinyidai.site.SiteImage;
import org.xinyidai.site.Sites;

/** 城市分站管理: the list of sites, a new site, a site's edit page with its districts, banner and logo. */
@Controller
@RequestMapping("/admin/sites")
class SiteAdminController {

    private static final String FORM = "portal/site-form";

    private final Sites sites;
    private final SiteAdministration administration;
    private final UploadedImages images;

    SiteAdminController(Sites sites, SiteAdministration administration, UploadedImages images) {
        this.sites = sites;
        this.administration = administration;
        this.images = images;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("allSites", sites.all());
        return "portal/site-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        SiteForm form = new SiteForm();
        form.padDistricts();
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code")) {
            if (SiteCodes.reserved(form.getCode())) {
                errors.rejectValue("code", "site.admin.code.reserved");
            } else if (sites.find(form.getCode()).isPresent()) {
                errors.rejectValue("code", "site.admin.code.taken");
            }
        }
        checkDistricts(form, errors);
        SiteImage banner = image(form, "bannerFile", errors);
        SiteImage logo = image(form, "logoFile", errors);
        if (errors.hasErrors()) {
            form.padDistricts();
            return formView(model, null);
        }
        Site site = form.toSite();
        administration.create(site, banner, logo, user);
        redirect.addFlashAttribute("flash", "site.admin.created");
        return "redirect:/admin/sites";
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Site site = existing(code);
        SiteForm form = SiteForm.of(site);
        form.padDistricts();
        model.addAttribute("form", form);
        return formView(model, site);
    }

    @PostMapping("/{code}/edit")
    String edit(@PathVariable String code, @Valid @ModelAttribute("form") SiteForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Site site = existing(code);
        form.setCode(site.code());
        checkDistricts(form, errors);
        SiteImage banner = image(form, "bannerFile", errors);
        SiteImage logo = image(form, "logoFile", errors);
        if (errors.hasErrors()) {
            form.padDistricts();
            return formView(model, site);
        }
        administration.update(form.toSite(), banner, logo, user);
        redirect.addFlashAttribute("flash", "site.admin.updated");
        return "redirect:/admin/sites";
    }

    /** At least one district; each filled line complete, a six-digit code, not twice, not another site's. */
    private void checkDistricts(SiteForm form, BindingResult errors) {
        List<DistrictRow> rows = form.getDistricts();
        Set<String> seen = new HashSet<>();
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            DistrictRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            filled++;
            String field = "districts[" + i + "].";
            String region = row.getRegionCode() == null ? "" : row.getRegionCode().trim();
            if (!region.matches("\\d{6}")) {
                errors.rejectValue(field + "regionCode", "site.admin.district.regionCode.format");
            } else if (!seen.add(region)) {
                errors.rejectValue(field + "regionCode", "site.admin.district.duplicate");
            } else if (sites.districtTaken(region, form.getCode())) {
                errors.rejectValue(field + "regionCode", "site.admin.district.taken");
            }
            if (DistrictRow.isBlank(row.getName()) || row.getName().trim().length() > 32) {
                errors.rejectValue(field + "name", "site.admin.district.name.required");
            }
            if (DistrictRow.isBlank(row.getNameEn()) || row.getNameEn().trim().length() > 64) {
                errors.rejectValue(field + "nameEn", "site.admin.district.nameEn.required");
            }
        }
        if (filled == 0) {
            errors.reject("site.admin.district.atLeastOne");
        }
    }

    private SiteImage image(SiteForm form, String field, BindingResult errors) {
        var file = "bannerFile".equals(field) ? form.getBannerFile() : form.getLogoFile();
        return images.check(file).map(checked -> {
            if (!checked.ok()) {
                errors.rejectValue(field, checked.refusal());
            }
            return checked.image();
        }).orElse(null);
    }

    private Site existing(String code) {
        return sites.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String formView(Model model, Site site) {
        model.addAttribute("site", site);
        return FORM;
    }
}
