package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.xinyidai.identity.account.SignIn;
import org.xinyidai.identity.account.SignInService;
import org.xinyidai.identity.security.SessionSignIn;
import org.xinyidai.identity.sms.SmsSendResult;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.web.Forms;

/** Second step of a staff password sign-in: the SMS code sent to the account's phone. */
@Controller
class SecondFactorController {

    private final SecondFactorStep step;
    private final SignInService signIns;
    private final SessionSignIn sessions;

    SecondFactorController(SecondFactorStep step, SignInService signIns, SessionSignIn sessions) {
        this.step = step;
        this.signIns = signIns;
        this.sessions = sessions;
    }

    @GetMapping("/login/verify")
    String page(HttpServletRequest request, Model model) {
        Optional<String> phone = step.pendingPhone(request.getSession(false));
        if (phone.isEmpty()) {
            return "redirect:/login?expired";
        }
        model.addAttribute("maskedPhone", Masking.phone(phone.get()));
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", SmsCodeForm.blank());
        }
        return "identity/verify";
    }

    /** Only the code is posted: the phone is the account's own, so the form's phone rule does not apply here. */
    @PostMapping("/login/verify")
    String verify(@Valid @ModelAttribute("codeForm") SmsCodeForm form, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        Optional<Long> account = step.pendingAccount(request.getSession(false));
        if (account.isEmpty()) {
            return "redirect:/login?expired";
        }
        BindingResult binding = Forms.holding(form, errors, model);
        if (binding.hasFieldErrors("code")) {
            return page(request, model);
        }
        SignIn outcome = signIns.withSecondFactor(account.get(), form.code().trim());
        if (outcome instanceof SignIn.Denied denied) {
            if (denied.startOver()) {
                SecondFactorStep.forget(request.getSession(false));
            }
            Forms.reject(binding, denied.reason());
            return page(request, model);
        }
        SecondFactorStep.forget(request.getSession(false));
        return "redirect:" + sessions.signIn(((SignIn.Granted) outcome).account().toCurrentUser(), request, response);
    }

    /** htmx: send the code again (subject to the same limits). */
    @PostMapping("/login/verify/resend")
    String resend(HttpServletRequest request, Model model) {
        SmsSendResult result = step.resend(request).orElse(SmsSendResult.expired());
        model.addAttribute("result", result);
        return "identity/fragments :: smsResult";
    }
}
