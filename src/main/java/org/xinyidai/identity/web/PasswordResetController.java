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
import org.xinyidai.identity.account.Account;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.identity.account.Accounts;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.shared.PhoneNumber;

/** Forgot password (找回密码): the SMS code proves the phone, then a new password. */
@Controller
class PasswordResetController {

    private final Accounts accounts;
    private final AccountService accountService;
    private final SmsCodeService smsCodes;
    private final PasswordRules passwordRules;

    PasswordResetController(Accounts accounts, AccountService accountService, SmsCodeService smsCodes,
                            PasswordRules passwordRules) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.smsCodes = smsCodes;
        this.passwordRules = passwordRules;
    }

    @GetMapping("/password/forgot")
    String form(Model model) {
        model.addAttribute("form", new NewPasswordForm());
        return view(model);
    }

    @PostMapping("/password/forgot")
    String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.getPhone());
        Optional<Account> account = phone.flatMap(p -> accounts.findByPhone(p.value()));
        if (phone.isEmpty() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "validation.phone.format");
        }
        passwordRules.check(form.getPassword(), form.getConfirmPassword(), form.getPhone(), errors);
        // An unknown number never received a reset code, so it fails like a wrong code (no user enumeration).
        if (!errors.hasErrors() && (!smsCodes.verify(phone.get(), SmsPurpose.RESET_PASSWORD, form.getCode().trim())
                || account.isEmpty())) {
            errors.rejectValue("code", "sms.code.invalid");
        }
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setConfirmPassword(null);
            return view(model);
        }
        accountService.resetPassword(account.get(), form.getPassword());
        redirect.addFlashAttribute("flash", "password.reset.success");
        return "redirect:/login";
    }

    private String view(Model model) {
        model.addAttribute("minLength", passwordRules.minLength());
        return "identity/forgot";
    }
}
