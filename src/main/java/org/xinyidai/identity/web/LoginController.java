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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.SignIn;
import org.xinyidai.identity.account.SignInService;
import org.xinyidai.identity.security.SessionSignIn;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.web.Forms;

/**
 * The login page with its two tabs: password, and SMS code. A password input is never sent back filled in
 * ({@code th:field} leaves a password field empty), so a refused form asks for it again.
 */
@Controller
class LoginController {

    static final String VIEW = "identity/login";

    private final SignInService signIns;
    private final SessionSignIn sessions;
    private final SecondFactorStep secondFactor;

    LoginController(SignInService signIns, SessionSignIn sessions, SecondFactorStep secondFactor) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/login")
    String page(@RequestParam(defaultValue = "password") String tab, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        if (user != null) {
            return "redirect:" + user.role().consoleHome();
        }
        return show(model, "sms".equals(tab) ? "sms" : "password");
    }

    @PostMapping("/login/password")
    String withPassword(@Valid @ModelAttribute("passwordForm") PasswordLoginForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect, HttpServletRequest request,
                        HttpServletResponse response) {
        BindingResult binding = Forms.holding(form, errors, model);
        if (binding.hasErrors()) {
            return show(model, "password");
        }
        SignIn outcome = signIns.withPassword(form.phone(), form.password());
        if (outcome instanceof SignIn.Denied denied) {
            Forms.reject(binding, denied.reason());
            return show(model, "password");
        }
        if (outcome instanceof SignIn.SecondFactorRequired required) {
            redirect.addFlashAttribute("result", secondFactor.begin(required.account(), request));
            return "redirect:/login/verify";
        }
        return "redirect:" + sessions.signIn(((SignIn.Granted) outcome).account().toCurrentUser(), request, response);
    }

    @PostMapping("/login/sms")
    String withSmsCode(@Valid @ModelAttribute("smsForm") SmsCodeForm form, BindingResult errors, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        BindingResult binding = Forms.holding(form, errors, model);
        PhoneNumber phone = PhoneNumber.parse(form.phone()).orElse(null);
        if (phone == null && !binding.hasFieldErrors("phone")) {
            binding.rejectValue("phone", "validation.phone.format");
        }
        if (binding.hasErrors()) {
            return show(model, "sms");
        }
        SignIn outcome = signIns.withSmsCode(phone, form.code().trim());
        if (outcome instanceof SignIn.Denied denied) {
            Forms.reject(binding, denied.reason());
            return show(model, "sms");
        }
        return "redirect:" + sessions.signIn(((SignIn.Granted) outcome).account().toCurrentUser(), request, response);
    }

    /** The page with the chosen tab; the other tab's form, and a first visit's, start empty. */
    private String show(Model model, String tab) {
        model.addAttribute("tab", tab);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordLoginForm.blank());
        }
        if (!model.containsAttribute("smsForm")) {
            model.addAttribute("smsForm", SmsCodeForm.blank());
        }
        return VIEW;
    }
}
