package org.xinyidai.enterprise.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.enterprise.FaceVerificationResult;
import org.xinyidai.enterprise.company.CertificateImage;
import org.xinyidai.enterprise.company.CertificateKind;
import org.xinyidai.enterprise.company.Company;
import org.xinyidai.enterprise.company.CompanyService;
import org.xinyidai.enterprise.company.EnterpriseNotFound;
import org.xinyidai.enterprise.company.EnterpriseRefused;
import org.xinyidai.identity.CurrentUser;

/**
 * 企业认证 by the enterprise: uploading the certificates for the advisor's review, the legal-person face check,
 * and reading its own uploads back.
 */
@Controller
class CompanyAuthenticationController {

    private final CompanyService service;
    private final CompanyDetailPage detailPage;

    CompanyAuthenticationController(CompanyService service, CompanyDetailPage detailPage) {
        this.service = service;
        this.detailPage = detailPage;
    }

    @PostMapping("/enterprise/companies/{id}/certificates")
    String uploadCertificates(@PathVariable long id, @RequestParam(required = false) MultipartFile licence,
                              @RequestParam(required = false) MultipartFile idFront,
                              @RequestParam(required = false) MultipartFile idBack,
                              @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Company company = service.mine(user.accountId(), id);
        if (!company.editable()) {
            redirect.addFlashAttribute("flashError", "enterprise.certificates.notOpen");
            return "redirect:/enterprise/companies/" + id;
        }
        Map<CertificateKind, CertificateImage> images = new EnumMap<>(CertificateKind.class);
        Map<String, String> problems = new java.util.HashMap<>();
        check(CertificateKind.LICENCE, licence, images, problems);
        check(CertificateKind.ID_FRONT, idFront, images, problems);
        check(CertificateKind.ID_BACK, idBack, images, problems);
        if (!problems.isEmpty()) {
            model.addAttribute("certificateProblems", problems);
            model.addAttribute("faceForm", new FaceForm());
            return detailPage.show(company, model);
        }
        try {
            service.submitCertificates(user.accountId(), id, images);
            redirect.addFlashAttribute("flash", "enterprise.certificates.submitted");
        } catch (EnterpriseRefused refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/enterprise/companies/" + id;
    }

    @PostMapping("/enterprise/companies/{id}/face")
    String verifyFace(@PathVariable long id, @Valid @ModelAttribute("faceForm") FaceForm form, BindingResult errors,
                      @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Company company = service.mine(user.accountId(), id);
        if (service.faceVerification().isEmpty()) {
            throw new EnterpriseNotFound();
        }
        if (errors.hasErrors()) {
            return detailPage.show(company, model);
        }
        try {
            FaceVerificationResult result = service.verifyFace(user.accountId(), id, form.getName(), form.getIdNumber());
            redirect.addFlashAttribute(result.passed() ? "flash" : "flashError",
                    result.passed() ? "enterprise.face.passed" : result.reasonKey());
        } catch (EnterpriseRefused refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/enterprise/companies/" + id;
    }

    /** The enterprise's own uploads, for its members only. */
    @GetMapping("/enterprise/companies/{id}/certificates/{kind}")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String kind,
                                       @AuthenticationPrincipal CurrentUser user) {
        CertificateImage image = service.certificate(user.accountId(), id, kindOf(kind)).orElseThrow(EnterpriseNotFound::new);
        return image(image);
    }

    static CertificateKind kindOf(String kind) {
        try {
            return CertificateKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new EnterpriseNotFound();
        }
    }

    static ResponseEntity<byte[]> image(CertificateImage image) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate()).body(image.content());
    }

    private static void check(CertificateKind kind, MultipartFile upload, Map<CertificateKind, CertificateImage> images,
                              Map<String, String> problems) {
        CertificateImage.Check check = CertificateImage.check(upload);
        if (check.accepted()) {
            images.put(kind, check.image());
        } else {
            problems.put(kind.name(), check.problem().messageKey());
        }
    }
}
