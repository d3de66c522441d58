package org.xinyidai.enterprise.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.xinyidai.enterprise.EnterpriseSizing;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.enterprise.company.Company;
import org.xinyidai.enterprise.company.CompanyService;
import org.xinyidai.enterprise.company.CompanyService.Added;
import org.xinyidai.enterprise.company.EnterpriseNotFound;
import org.xinyidai.enterprise.company.EnterpriseRefused;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.site.Site;
import org.xinyidai.site.Sites;

/** 我的企业: the account's enterprises, adding and editing them, and which one is current. */
@Controller
class CompanyController {

    static final String LIST_VIEW = "enterprise/companies";
    static final String FORM_VIEW = "enterprise/company-form";

    private final CompanyService service;
    private final CompanyDetailPage detailPage;
    private final Sites sites;
    private final Clock clock;

    CompanyController(CompanyService service, CompanyDetailPage detailPage, Sites sites, Clock clock) {
        this.service = service;
        this.detailPage = detailPage;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping("/enterprise/companies")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("memberships", service.memberships(user.accountId()));
        return LIST_VIEW;
    }

    @GetMapping("/enterprise/companies/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new CompanyForm());
        return formView(user, model, null);
    }

    @PostMapping("/enterprise/companies/new")
    String add(@Valid @ModelAttribute("form") CompanyForm form, BindingResult errors,
               @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Optional<NewEnterprise> enterprise = read(form, errors, user, model, null);
        if (enterprise.isEmpty()) {
            return formView(user, model, null);
        }
        try {
            Added added = service.add(user.accountId(), siteOf(user), enterprise.get());
            if (added.claim()) {
                redirect.addFlashAttribute("flash", "enterprise.claim.submitted");
                return "redirect:/enterprise/companies";
            }
            redirect.addFlashAttribute("flash", "enterprise.added");
            return "redirect:/enterprise/companies/" + added.enterpriseId();
        } catch (EnterpriseRefused refused) {
            reject(errors, refused);
            return formView(user, model, null);
        }
    }

    @GetMapping("/enterprise/companies/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("faceForm", new FaceForm());
        return detailPage.show(service.mine(user.accountId(), id), model);
    }

    @GetMapping("/enterprise/companies/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Company company = editable(user, id);
        model.addAttribute("form", CompanyForm.of(company));
        return formView(user, model, company);
    }

    @PostMapping("/enterprise/companies/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CompanyForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Company company = editable(user, id);
        Optional<NewEnterprise> enterprise = read(form, errors, user, model, id);
        if (enterprise.isEmpty()) {
            return formView(user, model, company);
        }
        try {
            service.edit(user.accountId(), id, form.getVersion(), enterprise.get());
        } catch (EnterpriseRefused refused) {
            reject(errors, refused);
            return formView(user, model, company);
        }
        redirect.addFlashAttribute("flash", "enterprise.saved");
        return "redirect:/enterprise/companies/" + id;
    }

    @PostMapping("/enterprise/companies/{id}/current")
    String makeCurrent(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        service.switchCurrent(user.accountId(), id);
        redirect.addFlashAttribute("flash", "enterprise.current.switched");
        return "redirect:/enterprise/companies";
    }

    private Company editable(CurrentUser user, long id) {
        Company company = service.mine(user.accountId(), id);
        if (!company.editable()) {
            throw new EnterpriseNotFound();
        }
        return company;
    }

    /** Checks what Bean Validation cannot; answers the enterprise when every field is right. */
    private Optional<NewEnterprise> read(CompanyForm form, BindingResult errors, CurrentUser user, Model model,
                                         Long editing) {
        Optional<Uscc> uscc = Optional.empty();
        if (form.getUscc() != null && !form.getUscc().isBlank()) {
            uscc = Uscc.parse(form.getUscc());
            if (uscc.isEmpty()) {
                errors.rejectValue("uscc", "enterprise.uscc.format");
            }
        }
        ResidentIdNumber legalRepId = null;
        if (form.getLegalRepId() == null || form.getLegalRepId().isBlank()) {
            if (editing == null) {
                errors.rejectValue("legalRepId", "enterprise.legalRepId.required");
            }
        } else {
            legalRepId = ResidentIdNumber.parse(form.getLegalRepId()).orElse(null);
            if (legalRepId == null) {
                errors.rejectValue("legalRepId", "enterprise.legalRepId.invalid");
            }
        }
        if (form.getEstablishedOn() != null && form.getEstablishedOn().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("establishedOn", "enterprise.establishedOn.future");
        }
        if (form.getRegionCode() != null && !form.getRegionCode().isBlank()
                && districts(user).stream().noneMatch(d -> d.regionCode().equals(form.getRegionCode()))) {
            errors.rejectValue("regionCode", "enterprise.region.unknown");
        }
        if (form.getSizingCategory() == null && form.getIndustry() != null) {
            form.setSizingCategory(SizingCategory.defaultFor(form.getIndustry()));
        }
        if (uscc.isPresent()) {
            try {
                List<String> warnings = service.usccWarnings(user.accountId(), uscc.get(), editing);
                model.addAttribute("usccWarnings", warnings);
                if (!warnings.isEmpty() && !form.isConfirmed()) {
                    errors.rejectValue("confirmed", "enterprise.confirm.required");
                }
            } catch (EnterpriseRefused refused) {
                reject(errors, refused);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewEnterprise(form.getName(), uscc.orElseThrow(), form.getLegalRepName(), legalRepId,
                form.getRegisteredCapitalWan(), form.getEstablishedOn(), form.getIndustry(), form.getSizingCategory(),
                form.getRegionCode(), blankToNull(form.getAddress()), form.getEmployees(), form.getAnnualRevenueWan(),
                form.getTotalAssetsWan()));
    }

    private static void reject(BindingResult errors, EnterpriseRefused refused) {
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey());
        } else {
            errors.reject(refused.messageKey());
        }
    }

    private String formView(CurrentUser user, Model model, Company editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("sections", IndustrySection.values());
        Map<IndustrySection, SizingCategory> sectionSizing = new EnumMap<>(IndustrySection.class);
        for (IndustrySection section : IndustrySection.values()) {
            sectionSizing.put(section, SizingCategory.defaultFor(section));
        }
        model.addAttribute("sectionSizing", sectionSizing);
        model.addAttribute("categories", SizingCategory.values());
        model.addAttribute("districts", districts(user));
        if (!model.containsAttribute("usccWarnings")) {
            model.addAttribute("usccWarnings", List.of());
        }
        CompanyForm form = (CompanyForm) model.getAttribute("form");
        if (form != null && form.getSizingCategory() != null && form.getEmployees() != null
                && nonNegative(form.getAnnualRevenueWan()) && nonNegative(form.getTotalAssetsWan())) {
            model.addAttribute("computedSize", EnterpriseSizing.classify(form.getSizingCategory(), form.getEmployees(),
                    form.getAnnualRevenueWan(), form.getTotalAssetsWan()));
        }
        return FORM_VIEW;
    }

    /** The site the enterprise belongs to: the account's, or the default site for an account without one. */
    private String siteOf(CurrentUser user) {
        return Optional.ofNullable(user.siteCode())
                .or(() -> sites.defaultSite().map(Site::code))
                .orElseThrow(() -> new IllegalStateException("No city site configured"));
    }

    private List<Site.District> districts(CurrentUser user) {
        return Optional.ofNullable(user.siteCode()).flatMap(sites::find).map(Site::districts)
                .orElseGet(() -> sites.all().stream().flatMap(s -> s.districts().stream()).toList());
    }

    private static boolean nonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
