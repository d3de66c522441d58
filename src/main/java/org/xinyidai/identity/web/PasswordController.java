package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
        model.addAttribute("form", new NewPasswordForm());
        return view(model, false);
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute("form") NewPasswordForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (isBlank(form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "validation.password.required");
        } else if (!accounts.passwordMatches(user.accountId(), form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "password.change.wrongCurrent");
        }
        return save(form, errors, user, model, redirect, false, null, null);
    }

    @GetMapping("/account/password/setup")
    String setupForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.mustSetPassword()) {
            return "redirect:/account/password";
        }
        model.addAttribute("form", new NewPasswordForm());
        return view(model, true);
    }

    @PostMapping("/account/password/setup")
    String setup(@ModelAttribute("form") NewPasswordForm form, BindingResult errors,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
                 HttpServletRequest request, HttpServletResponse response) {
        if (!user.mustSetPassword()) {
            return "redirect:/account/password";
        }
        return save(form, errors, user, model, redirect, true, request, response);
    }

    private String save(NewPasswordForm form, BindingResult errors, CurrentUser user, Model model,
                        RedirectAttributes redirect, boolean firstPassword, HttpServletRequest request,
                        HttpServletResponse response) {
        if (isBlank(form.getPassword())) {
            errors.rejectValue("password", "validation.password.required");
        }
        if (isBlank(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "validation.confirm.required");
        }
        passwordRules.check(form.getPassword(), form.getConfirmPassword(), user.phone(), errors);
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setConfirmPassword(null);
            form.setCurrentPassword(null);
            return view(model, firstPassword);
        }
        accounts.changePassword(user, form.getPassword());
        redirect.addFlashAttribute("flash", firstPassword ? "password.setup.success" : "password.change.success");
        if (firstPassword) {
            sessions.refresh(user.withPasswordSet(), request, response);
            return "redirect:" + user.role().consoleHome();
        }
        return "redirect:/account/password";
    }

    private String view(Model model, boolean firstPassword) {
        model.addAttribute("firstPassword", firstPassword);
        model.addAttribute("minLength", passwordRules.minLength());
        return "identity/password";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
