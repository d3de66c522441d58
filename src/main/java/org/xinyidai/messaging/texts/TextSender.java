package org.xinyidai.messaging.texts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.SmsGateway;
import org.xinyidai.messaging.inbox.MessageTexts;
import org.xinyidai.shared.PhoneNumber;

/**
 * Sends a recorded text after its transaction committed. A carrier failure leaves the publication incomplete in
 * the event registry, which sends it again on restart.
 */
@Component
class TextSender {

    private final SmsGateway gateway;
    private final MessageTexts texts;

    TextSender(SmsGateway gateway, MessageTexts texts) {
        this.gateway = gateway;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(TextQueued queued) {
        gateway.send(new PhoneNumber(queued.phone()), texts.sms(queued.textKey(), queued.args()));
    }
}
