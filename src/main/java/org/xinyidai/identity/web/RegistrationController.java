package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.AccountSites;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.Account;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.identity.security.SessionSignIn;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.web.Forms;

/**
 * Registration of enterprise users (企业用户注册): phone, SMS code, password, consent. The code is checked only
 * once everything else is right, so a form with a mistake does not spend it.
 */
@Controller
class RegistrationController {

    private final AccountService accounts;
    private final PasswordRules passwordRules;
    private final SessionSignIn sessions;
    private final AccountSites sites;

    RegistrationController(AccountService accounts, PasswordRules passwordRules, SessionSignIn sessions,
                           AccountSites sites) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.sessions = sessions;
        this.sites = sites;
    }

    @GetMapping("/register")
    String form(@RequestParam(required = false) String ref, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user != null) {
            return "redirect:" + user.role().consoleHome();
        }
        model.addAttribute("form", NewPasswordForm.withReferral(referralCode(ref)));
        return view(model);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect,
                    HttpServletRequest request, HttpServletResponse response) {
        BindingResult binding = Forms.holding(form, errors, model);
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.phone());
        if (phone.isEmpty() && !binding.hasFieldErrors("phone")) {
            binding.rejectValue("phone", "validation.phone.format");
        }
        passwordRules.check(form.password(), form.confirmPassword(), form.phone(), binding);
        if (!form.consented() && !binding.hasFieldErrors("agreed")) {
            binding.rejectValue("agreed", "register.consentRequired");
        }
        if (binding.hasErrors()) {
            return view(model);
        }
        String site = sites.visitorSite(request).orElse(null);
        Optional<Account> account = Forms.attemptAndGet(binding, () -> accounts.registerEnterprise(phone.get(),
                form.code().trim(), form.password(), site, referralCode(form.ref())));
        if (account.isEmpty()) {
            return view(model);
        }
        redirect.addFlashAttribute("flash", "register.success");
        return "redirect:" + sessions.signIn(account.get().toCurrentUser(), request, response);
    }

    /** A referral code is a short run of letters and digits; anything else is ignored. */
    private static String referralCode(String ref) {
        return ref != null && ref.matches("[A-Za-z0-9]{4,16}") ? ref : null;
    }

    private String view(Model model) {
        model.addAttribute("minLength", passwordRules.minLength());
        return "identity/register";
    }
}
