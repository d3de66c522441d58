package org.xinyidai.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The user agreement and the privacy policy a person consents to at registration. */
@Controller
class LegalController {

    @GetMapping("/legal/agreement")
    String agreement() {
        return "identity/legal-agreement";
    }

    @GetMapping("/legal/privacy")
    String privacy() {
        return "identity/legal-privacy";
    }
}
