package org.xinyidai.identity.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.account.Accounts;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.RegionCode;
import org.xinyidai.site.Sites;

/**
 * The platform admin's accounts page (账号管理): every account, enable and disable; creation of the
 * platform's own staff (advisors, government officers, credit agencies, admins). Institution staff are
 * created by the institution module: HQ admins when an onboarding is approved, the rest by their admins.
 */
@Controller
class AccountAdminController {

    private static final int PAGE_SIZE = 20;

    private final Accounts accounts;
    private final AccountService accountService;
    private final Sites sites;

    AccountAdminController(Accounts accounts, AccountService accountService, Sites sites) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.sites = sites;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(1, page);
        long total = accounts.count(role, q);
        model.addAttribute("accounts", accounts.search(role, q, PAGE_SIZE, (current - 1) * PAGE_SIZE));
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        return "identity/admin-accounts";
    }

    @GetMapping("/admin/accounts/new")
    String form(Model model) {
        model.addAttribute("form", new StaffAccountForm());
        return formView(model);
    }

    @PostMapping("/admin/accounts/new")
    String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.getPhone());
        if (phone.isEmpty() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "validation.phone.format");
        } else if (phone.isPresent() && accountService.exists(phone.get())) {
            errors.rejectValue("phone", "account.phoneTaken");
        }
        if (form.getRole() == Role.ENTERPRISE) {
            errors.rejectValue("role", "account.enterpriseSelfRegisters");
        } else if (form.getRole() != null && form.getRole().isInstitutionRole()) {
            errors.rejectValue("role", "account.institutionStaffElsewhere");
        }
        checkAffiliation(form, errors);
        if (errors.hasErrors()) {
            return formView(model);
        }
        NewAccount account = NewAccount.staff(phone.get(), form.getDisplayName().trim(), form.getRole())
                .withOrganisation(blankToNull(form.getOrganisation()));
        switch (form.getRole()) {
            case ADVISOR -> account = account.withSite(form.getSiteCode());
            case GOV_OFFICER -> account = account.withRegion(form.getRegionCode());
            default -> { }
        }
        accountService.createStaff(account, admin);
        redirect.addFlashAttribute("flash", "account.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/status")
    String setStatus(@PathVariable long id, @RequestParam AccountStatus status,
                     @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        if (accounts.findById(id).isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        if (id == admin.accountId()) {
            redirect.addFlashAttribute("flashError", "account.cannotDisableSelf");
            return "redirect:/admin/accounts";
        }
        if (!accountService.setStatusByAdmin(id, status, admin)) {
            redirect.addFlashAttribute("flashError", "account.removedStaysRemoved");
            return "redirect:/admin/accounts";
        }
        redirect.addFlashAttribute("flash", status == AccountStatus.DISABLED ? "account.disabled" : "account.enabled");
        return "redirect:/admin/accounts";
    }

    private void checkAffiliation(StaffAccountForm form, BindingResult errors) {
        if (form.getRole() == null) {
            return;
        }
        switch (form.getRole()) {
            case ADVISOR -> {
                if (form.getSiteCode() == null || sites.find(form.getSiteCode()).isEmpty()) {
                    errors.rejectValue("siteCode", "account.siteRequired");
                }
            }
            case GOV_OFFICER -> {
                if (!isKnownRegion(form.getRegionCode())) {
                    errors.rejectValue("regionCode", "account.regionRequired");
                }
            }
            case CREDIT_AGENCY -> {
                if (blankToNull(form.getOrganisation()) == null) {
                    errors.rejectValue("organisation", "account.organisationRequired");
                }
            }
            default -> { }
        }
    }

    private boolean isKnownRegion(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return false;
        }
        RegionCode region = new RegionCode(code);
        return sites.all().stream().anyMatch(site -> site.regionCode().equals(code)
                || site.districts().stream().anyMatch(d -> d.regionCode().equals(region.value())));
    }

    private String formView(Model model) {
        model.addAttribute("staffRoles", Arrays.stream(Role.values())
                .filter(role -> role.isStaff() && !role.isInstitutionRole()).toList());
        model.addAttribute("sites", sites.all());
        return "identity/admin-account-form";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
