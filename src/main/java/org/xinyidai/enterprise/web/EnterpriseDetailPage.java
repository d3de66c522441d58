package org.xinyidai.enterprise.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xinyidai.enterprise.authentication.CertificateKind;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;

/**
 * An enterprise's detail page, shown by two controllers: its data, authentication history, certificates and the
 * ways to authenticate.
 */
@Component
class EnterpriseDetailPage {

    static final String DETAIL_VIEW = "enterprise/company-detail";

    private final EnterpriseService service;
    private final EnterpriseAuthentication authentication;

    EnterpriseDetailPage(EnterpriseService service, EnterpriseAuthentication authentication) {
        this.service = service;
        this.authentication = authentication;
    }

    String show(Enterprise enterprise, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("history", service.history(enterprise.id()));
        model.addAttribute("certificates", authentication.certificateKinds(enterprise.id()));
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("faceAllowed", authentication.faceAllowed(enterprise));
        model.addAttribute("faceSimulated", authentication.faceVerification().map(f -> f.simulated()).orElse(false));
        if (!model.containsAttribute("certificateProblems")) {
            model.addAttribute("certificateProblems", Map.of());
        }
        return DETAIL_VIEW;
    }
}
