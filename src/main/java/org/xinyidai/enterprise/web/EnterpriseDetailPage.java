package org.xinyidai.enterprise.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xinyidai.enterprise.company.CertificateKind;
import org.xinyidai.enterprise.company.Company;
import org.xinyidai.enterprise.company.CompanyService;

/** An enterprise's detail page: its data, authentication history, certificates and the ways to authenticate. */
@Component
class CompanyDetailPage {

    static final String DETAIL_VIEW = "enterprise/company-detail";

    private final CompanyService service;

    CompanyDetailPage(CompanyService service) {
        this.service = service;
    }

    String show(Company company, Model model) {
        model.addAttribute("company", company);
        model.addAttribute("history", service.history(company.id()));
        model.addAttribute("certificates", service.certificateKinds(company.id()));
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("faceAllowed", service.faceAllowed(company));
        model.addAttribute("faceSimulated", service.faceVerification().map(f -> f.simulated()).orElse(false));
        if (!model.containsAttribute("certificateProblems")) {
            model.addAttribute("certificateProblems", Map.of());
        }
        return DETAIL_VIEW;
    }
}
