package org.xinyidai.identity.account;

import org.springframework.stereotype.Service;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.identity.sms.SmsSendResult;
import org.xinyidai.shared.PhoneNumber;

/**
 * "获取验证码" for registration, SMS sign-in or a forgotten password. Registration needs a new number, the other two
 * a registered one; when a code would be of no use, the number's owner learns why by SMS instead, under the same
 * limits, and the answer on screen is the same either way: it never tells who is registered.
 */
@Service
public class CodeRequests {

    private final Accounts accounts;
    private final SmsCodeService smsCodes;

    CodeRequests(Accounts accounts, SmsCodeService smsCodes) {
        this.accounts = accounts;
        this.smsCodes = smsCodes;
    }

    public SmsSendResult request(PhoneNumber phone, SmsPurpose purpose, String clientIp) {
        boolean registered = accounts.existsByPhone(phone.value());
        if (purpose == SmsPurpose.REGISTER && registered) {
            return smsCodes.sendNotice(phone, purpose, clientIp, "sms.notice.registered");
        }
        if (purpose != SmsPurpose.REGISTER && !registered) {
            return smsCodes.sendNotice(phone, purpose, clientIp, "sms.notice.notRegistered");
        }
        return smsCodes.send(phone, purpose, clientIp);
    }
}
