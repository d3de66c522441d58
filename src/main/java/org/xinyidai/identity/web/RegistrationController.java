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
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.Account;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.identity.security.SessionSignIn;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteSelection;

/** Registration of enterprise users (企业用户注册): phone, SMS code, password, consent. */
@Controller
class RegistrationController {

    private final AccountService accounts;
    private final SmsCodeService smsCodes;
    private final PasswordRules passwordRules;
    private final SessionSignIn sessions;
    private final SiteSelection siteSelection;

    RegistrationController(AccountService accounts, SmsCodeService smsCodes, PasswordRules passwordRules,
                           SessionSignIn sessions, SiteSelection siteSelection) {
        this.accounts = accounts;
        this.smsCodes = smsCodes;
        this.passwordRules = passwordRules;
        this.sessions = sessions;
        this.siteSelection = siteSelection;
    }

    @GetMapping("/register")
    String form(@RequestParam(required = false) String ref, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user != null) {
            return "redirect:" + user.role().consoleHome();
        }
        NewPasswordForm form = new NewPasswordForm();
        form.setRef(referralCode(ref));
        model.addAttribute("form", form);
        return view(model);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect,
                    HttpServletRequest request, HttpServletResponse response) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.getPhone());
        if (phone.isEmpty() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "validation.phone.format");
        }
        passwordRules.check(form.getPassword(), form.getConfirmPassword(), form.getPhone(), errors);
        if (!form.isAgreed()) {
            errors.rejectValue("agreed", "register.consentRequired");
        }
        // A registered number never received a registration code (/sms/send told its owner by SMS instead), so
        // it fails here like any wrong code: the page does not tell who is registered.
        if (!errors.hasErrors() && (!smsCodes.verify(phone.get(), SmsPurpose.REGISTER, form.getCode().trim())
                || accounts.exists(phone.get()))) {
            errors.rejectValue("code", "sms.code.invalid");
        }
        if (errors.hasErrors()) {
            form.setPassword(null);
            form.setConfirmPassword(null);
            return view(model);
        }
        String site = siteSelection.current(request).map(Site::code).orElse(null);
        Account account = accounts.registerEnterprise(phone.get(), form.getPassword(), site,
                referralCode(form.getRef()));
        redirect.addFlashAttribute("flash", "register.success");
        return "redirect:" + sessions.signIn(account.toCurrentUser(), request, response);
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
