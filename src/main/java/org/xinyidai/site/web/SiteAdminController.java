package org.xinyidai.site.web;

import jakarta.validation.Valid;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;
import org.xinyidai.site.admin.SiteAdministration;
import org.xinyidai.site.admin.UploadedImages;
import org.xinyidai.site.directory.SiteImage;

/** 城市分站管理: the list of sites, a new site, a site's edit page with its districts, banner and logo. */
@Controller
@RequestMapping("/admin/sites")
class SiteAdminController {

    private static final String FORM = "site/site-form";
    private static final String LIST = "redirect:/admin/sites";
    /** Blank district lines offered under the filled ones, for adding districts. */
    private static final int SPARE_ROWS = 2;

    private final SiteApi sites;
    private final SiteAdministration administration;
    private final UploadedImages images;

    SiteAdminController(SiteApi sites, SiteAdministration administration, UploadedImages images) {
        this.sites = sites;
        this.administration = administration;
        this.images = images;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("allSites", sites.all());
        return "site/site-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", SiteForm.blank());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SiteForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        form.districtProblems().forEach(p -> Forms.reject(binding, p));
        administration.screen(form.code(), true, form.districtCodes()).forEach(p -> Forms.reject(binding, p));
        SiteImage banner = image("bannerFile", form.bannerFile(), binding);
        SiteImage logo = image("logoFile", form.logoFile(), binding);
        if (binding.hasErrors()
                || !Forms.attempt(binding, () -> administration.create(form.site(), banner, logo, user))) {
            return formView(model, null);
        }
        Flash.done(redirect, "site.admin.created");
        return LIST;
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Site site = existing(code);
        model.addAttribute("form", SiteForm.of(site));
        return formView(model, site);
    }

    @PostMapping("/{code}/edit")
    String edit(@PathVariable String code, @Valid @ModelAttribute("form") SiteForm entered, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Site site = existing(code);
        SiteForm form = entered.withCode(site.code());
        BindingResult binding = holding(form, errors, model);
        form.districtProblems().forEach(p -> Forms.reject(binding, p));
        administration.screen(form.code(), false, form.districtCodes()).forEach(p -> Forms.reject(binding, p));
        SiteImage banner = image("bannerFile", form.bannerFile(), binding);
        SiteImage logo = image("logoFile", form.logoFile(), binding);
        if (binding.hasErrors()
                || !Forms.attempt(binding, () -> administration.update(form.site(), banner, logo, user))) {
            return formView(model, site);
        }
        Flash.done(redirect, "site.admin.updated");
        return LIST;
    }

    /** The uploaded image, none when no file was chosen or the file was refused (beside its field). */
    private SiteImage image(String field, MultipartFile file, BindingResult binding) {
        return Forms.attemptAndGet(binding, () -> images.read(field, file)).flatMap(image -> image).orElse(null);
    }

    /** The form for this site's code (an edit never changes it) in the model, with the errors so far. */
    private static BindingResult holding(SiteForm form, BindingResult errors, Model model) {
        BeanPropertyBindingResult holding = new BeanPropertyBindingResult(form, errors.getObjectName());
        holding.addAllErrors(errors);
        model.addAttribute(errors.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), holding);
        return holding;
    }

    private Site existing(String code) {
        return sites.find(code).orElseThrow(NotFound::new);
    }

    private String formView(Model model, Site site) {
        model.addAttribute("site", site);
        SiteForm form = (SiteForm) model.getAttribute("form");
        int lines = form.districts().size();
        long spare = Math.max(0, SPARE_ROWS - form.blankDistricts());
        model.addAttribute("spareLines", IntStream.range(lines, lines + (int) spare).boxed().toList());
        return FORM;
    }
}
