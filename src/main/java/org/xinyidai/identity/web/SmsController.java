package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyidai.identity.account.CodeRequests;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.identity.sms.SmsSendResult;
import org.xinyidai.shared.PhoneNumber;

/**
 * "获取验证码": sends a code for registration, SMS login or a forgotten password ({@link CodeRequests}) and answers
 * (htmx) with a one-line result beside the button.
 */
@Controller
class SmsController {

    private final CodeRequests codes;

    SmsController(CodeRequests codes) {
        this.codes = codes;
    }

    @PostMapping("/sms/send")
    String send(@RequestParam(required = false) String phone, @RequestParam String purpose,
                HttpServletRequest request, Model model) {
        model.addAttribute("result", attempt(phone, purpose, request.getRemoteAddr()));
        return "identity/fragments :: smsResult";
    }

    private SmsSendResult attempt(String phoneInput, String purposeName, String ip) {
        Optional<SmsPurpose> purpose = publicPurpose(purposeName);
        Optional<PhoneNumber> phone = PhoneNumber.parse(phoneInput);
        if (purpose.isEmpty() || phone.isEmpty()) {
            return SmsSendResult.refused("validation.phone.format");
        }
        return codes.request(phone.get(), purpose.get(), ip);
    }

    /** The second-factor code is only ever sent by the sign-in itself, to the account's own phone. */
    private static Optional<SmsPurpose> publicPurpose(String name) {
        return switch (name == null ? "" : name) {
            case "REGISTER" -> Optional.of(SmsPurpose.REGISTER);
            case "LOGIN" -> Optional.of(SmsPurpose.LOGIN);
            case "RESET_PASSWORD" -> Optional.of(SmsPurpose.RESET_PASSWORD);
            default -> Optional.empty();
        };
    }
}
