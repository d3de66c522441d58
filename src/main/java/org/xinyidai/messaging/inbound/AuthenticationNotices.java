package org.xinyidai.messaging.inbound;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseAuthenticationDecided;
import org.xinyidai.messaging.MessageCentre;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.Notice;

/** Tells the person who asked for it how their enterprise's authentication (企业认证) was decided. */
@Component
class AuthenticationNotices {

    private final MessageCentre messages;

    AuthenticationNotices(MessageCentre messages) {
        this.messages = messages;
    }

    @EventListener
    void on(EnterpriseAuthenticationDecided decision) {
        String link = "/enterprise/companies/" + decision.enterpriseId();
        Notice notice = decision.approved()
                ? new Notice(decision.accountId(), MessageType.AUTHENTICATION, "message.auth.approved",
                        List.of(decision.enterpriseName()), link)
                : new Notice(decision.accountId(), MessageType.AUTHENTICATION, "message.auth.rejected",
                        List.of(decision.enterpriseName(), decision.reason() == null ? "" : decision.reason()), link);
        messages.post(notice);
    }
}
