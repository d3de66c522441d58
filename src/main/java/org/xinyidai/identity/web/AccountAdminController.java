package org.xinyidai.identity.web;

import jakarta.validation.Valid;
import java.util.Arrays;
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
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.AccountSites;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.account.AccountAdminService;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/**
 * The platform admin's accounts page (账号管理): every account, enable and disable; creation of the
 * platform's own staff (advisors, government officers, credit agencies, admins). Institution staff are
 * created by the institution module: HQ admins when an onboarding is approved, the rest by their admins.
 */
@Controller
class AccountAdminController {

    private static final int PAGE_SIZE = 20;
    private static final String LIST = "redirect:/admin/accounts";

    private final AccountAdminService accounts;
    private final AccountSites sites;

    AccountAdminController(AccountAdminService accounts, AccountSites sites) {
        this.accounts = accounts;
        this.sites = sites;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("accounts", accounts.list(role, q, new PageRequest(page, PAGE_SIZE)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        return "identity/admin-accounts";
    }

    @GetMapping("/admin/accounts/new")
    String form(Model model) {
        model.addAttribute("form", StaffAccountForm.blank());
        return formView(model);
    }

    /** Every problem at once: the typed phone number's format here, the rules from the service. */
    @PostMapping("/admin/accounts/new")
    String create(@Valid @ModelAttribute("form") StaffAccountForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        if (form.account().phone() == null && !binding.hasFieldErrors("phone")) {
            binding.rejectValue("phone", "validation.phone.format");
        }
        accounts.problems(form.account()).forEach(problem -> Forms.reject(binding, problem));
        if (binding.hasErrors() || !Forms.attempt(binding, () -> accounts.create(form.account(), admin))) {
            return formView(model);
        }
        Flash.done(redirect, "account.created");
        return LIST;
    }

    @PostMapping("/admin/accounts/{id}/status")
    String setStatus(@PathVariable long id, @RequestParam AccountStatus status,
                     @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        return Flash.attempt(redirect, status == AccountStatus.DISABLED ? "account.disabled" : "account.enabled",
                () -> accounts.setStatus(AccountId.of(id), status, admin), LIST);
    }

    private String formView(Model model) {
        model.addAttribute("staffRoles", Arrays.stream(Role.values())
                .filter(role -> role.isStaff() && !role.isInstitutionRole()).toList());
        model.addAttribute("sites", sites.choices());
        return "identity/admin-account-form";
    }
}
