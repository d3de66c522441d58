package org.xinyidai.identity.web;

import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.web.Forms;

/** Forgot password (找回密码): the SMS code proves the phone, then a new password. */
@Controller
class PasswordResetController {

    private final AccountService accounts;
    private final PasswordRules passwordRules;

    PasswordResetController(AccountService accounts, PasswordRules passwordRules) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
    }

    @GetMapping("/password/forgot")
    String form(Model model) {
        model.addAttribute("form", NewPasswordForm.blank());
        return view(model);
    }

    @PostMapping("/password/forgot")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.phone());
        if (phone.isEmpty() && !binding.hasFieldErrors("phone")) {
            binding.rejectValue("phone", "validation.phone.format");
        }
        passwordRules.check(form.password(), form.confirmPassword(), form.phone(), binding);
        if (binding.hasErrors()
                || !Forms.attempt(binding, () -> accounts.resetPassword(phone.get(), form.code().trim(), form.password()))) {
            return view(model);
        }
        redirect.addFlashAttribute("flash", "password.reset.success");
        return "redirect:/login";
    }

    private String view(Model model) {
        model.addAttribute("minLength", passwordRules.minLength());
        return "identity/forgot";
    }
}
