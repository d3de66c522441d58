package org.xinyidai.messaging.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.internal.Messages;

/** The header's unread badge on every page of a signed-in person: one indexed COUNT. */
@ControllerAdvice
class UnreadMessages {

    private final Messages messages;

    UnreadMessages(Messages messages) {
        this.messages = messages;
    }

    @ModelAttribute("unreadMessages")
    Long unreadMessages() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? messages.countUnread(user.accountId()) : null;
    }
}
