package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyidai.identity.account.AccountService;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.identity.sms.SmsSendResult;
import org.xinyidai.shared.PhoneNumber;

/**
 * "获取验证码": sends a code for registration, SMS login or a forgotten password and answers (htmx) with
 * a one-line result beside the button. Registration needs a new number, the other two a known one; the
 * answer does not say which numbers are registered.
 */
@Controller
class SmsController {

    private final SmsCodeService smsCodes;
    private final AccountService accounts;

    SmsController(SmsCodeService smsCodes, AccountService accounts) {
        this.smsCodes = smsCodes;
        this.accounts = accounts;
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
        // The answer on screen is the same whether the number is registered or not (no user enumeration):
        // when a code would be of no use, the owner learns why by SMS, under the same limits.
        boolean known = accounts.exists(phone.get());
        if (purpose.get() == SmsPurpose.REGISTER && known) {
            return smsCodes.sendNotice(phone.get(), purpose.get(), ip, "sms.notice.registered");
        }
        if (purpose.get() != SmsPurpose.REGISTER && !known) {
            return smsCodes.sendNotice(phone.get(), purpose.get(), ip, "sms.notice.notRegistered");
        }
        return smsCodes.send(phone.get(), purpose.get(), ip);
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
