package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.identity.security.SessionSignIn;
import org.xinyidai.shared.web.Forms;

/** Change password (修改密码), and the first password a new staff member must set. */
@Controller
class PasswordController {

    private final AccountService accounts;
    private final PasswordRules passwordRules;
    private final SessionSignIn sessions;

    PasswordController(AccountService accounts, PasswordRules passwordRules, SessionSignIn sessions) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        model.addAttribute("form", PasswordChangeForm.blank());
        return view(model, false);
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        if ((form.currentPassword() == null || form.currentPassword().isBlank())
                && !binding.hasFieldErrors("currentPassword")) {
            binding.rejectValue("currentPassword", "validation.password.required");
        }
        passwordRules.check(form.password(), form.confirmPassword(), user.phone(), binding);
        if (binding.hasErrors() || !Forms.attempt(binding,
                () -> accounts.changePassword(user, form.currentPassword(), form.password()))) {
            return view(model, false);
        }
        redirect.addFlashAttribute("flash", "password.change.success");
        return "redirect:/account/password";
    }

    @GetMapping("/account/password/setup")
    String setupForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.mustSetPassword()) {
            return "redirect:/account/password";
        }
        model.addAttribute("form", PasswordChangeForm.blank());
        return view(model, true);
    }

    @PostMapping("/account/password/setup")
    String setup(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                 HttpServletRequest request, HttpServletResponse response) {
        if (!user.mustSetPassword()) {
            return "redirect:/account/password";
        }
        BindingResult binding = Forms.holding(form, errors, model);
        passwordRules.check(form.password(), form.confirmPassword(), user.phone(), binding);
        if (binding.hasErrors()) {
            return view(model, true);
        }
        accounts.setFirstPassword(user, form.password());
        redirect.addFlashAttribute("flash", "password.setup.success");
        sessions.refresh(user.withPasswordSet(), request, response);
        return "redirect:" + user.role().consoleHome();
    }

    private String view(Model model, boolean firstPassword) {
        model.addAttribute("firstPassword", firstPassword);
        model.addAttribute("minLength", passwordRules.minLength());
        return "identity/password";
    }
}
