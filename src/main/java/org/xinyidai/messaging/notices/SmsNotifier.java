package org.xinyidai.messaging.notices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.SmsGateway;
import org.xinyidai.messaging.inbox.MessagePosted;
import org.xinyidai.messaging.inbox.MessageTexts;
import org.xinyidai.shared.PhoneNumber;

/**
 * Texts a posted message when its type is on for the recipient (their switch, else the type's default).
 * Runs after the posting transaction commits, in a transaction of its own; the event publication registry keeps
 * it until done, so a carrier failure is sent again on restart.
 */
@Component
class SmsNotifier {

    private static final Logger log = LoggerFactory.getLogger(SmsNotifier.class);

    private final SmsSettings settings;
    private final AccountAdministration accounts;
    private final SmsGateway gateway;
    private final MessageTexts texts;

    SmsNotifier(SmsSettings settings, AccountAdministration accounts, SmsGateway gateway, MessageTexts texts) {
        this.settings = settings;
        this.accounts = accounts;
        this.gateway = gateway;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(MessagePosted posted) {
        if (!settings.smsOn(posted.recipientAccountId(), posted.type())) {
            return;
        }
        var account = accounts.find(posted.recipientAccountId());
        if (account.isEmpty() || account.get().phone() == null) {
            log.warn("Message {}: no account {} to text, SMS skipped", posted.messageId(), posted.recipientAccountId());
            return;
        }
        gateway.send(new PhoneNumber(account.get().phone()), texts.sms(posted.textKey(), posted.args()));
    }
}
