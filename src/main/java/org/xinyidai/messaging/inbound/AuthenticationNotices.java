package org.xinyidai.messaging.inbound;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseAuthenticationDecided;
import org.xinyidai.enterprise.EnterpriseAuthenticationRequested;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.Role;
import org.xinyidai.messaging.MessageCentre;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.Notice;

/**
 * 企业认证 in the message centre: the site's advisors hear of each request for review, and the person who asked
 * hears how it was decided.
 */
@Component
class AuthenticationNotices {

    private final MessageCentre messages;
    private final AccountAdministration accounts;

    AuthenticationNotices(MessageCentre messages, AccountAdministration accounts) {
        this.messages = messages;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(EnterpriseAuthenticationRequested request) {
        for (long advisor : accounts.activeOnSite(Role.ADVISOR, request.siteCode())) {
            messages.post(new Notice(advisor, MessageType.AUTHENTICATION, "message.auth.pending",
                    List.of(request.enterpriseName()), "/advisor/authentications/" + request.enterpriseId()));
        }
    }

    @ApplicationModuleListener
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
