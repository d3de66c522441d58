package org.xinyidai.identity.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinyidai.identity.sms.DevSmsOutbox;

/**
 * {@code /dev/sms}: the last text messages the platform sent, so a developer (and the browser tests)
 * can finish a flow without a phone. Exists only when the dev outbox is on (the dev profile).
 */
@Controller
@ConditionalOnProperty(name = "xyd.identity.sms.dev-outbox", havingValue = "true")
class DevSmsController {

    private final DevSmsOutbox outbox;

    DevSmsController(DevSmsOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/sms")
    String messages(Model model) {
        model.addAttribute("messages", outbox.messages());
        return "identity/dev-sms";
    }
}
