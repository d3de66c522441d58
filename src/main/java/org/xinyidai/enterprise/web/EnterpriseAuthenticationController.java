package org.xinyidai.enterprise.web;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.FaceVerificationResult;
import org.xinyidai.enterprise.authentication.CertificateImage;
import org.xinyidai.enterprise.authentication.CertificateKind;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/**
 * 企业认证 by the enterprise: uploading the certificates for the advisor's review, the legal-person face check,
 * and reading its own uploads back.
 */
@Controller
class EnterpriseAuthenticationController {

    private final EnterpriseService service;
    private final EnterpriseAuthentication authentication;
    private final EnterpriseDetailPage detailPage;

    EnterpriseAuthenticationController(EnterpriseService service, EnterpriseAuthentication authentication,
                                       EnterpriseDetailPage detailPage) {
        this.service = service;
        this.authentication = authentication;
        this.detailPage = detailPage;
    }

    /** An enterprise past asking is told so before its uploads are looked at; bad uploads are shown on its page. */
    @PostMapping("/enterprise/companies/{id}/certificates")
    String uploadCertificates(@PathVariable long id, @RequestParam(required = false) MultipartFile licence,
                              @RequestParam(required = false) MultipartFile idFront,
                              @RequestParam(required = false) MultipartFile idBack,
                              @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        EnterpriseId enterpriseId = EnterpriseId.of(id);
        String detail = "redirect:/enterprise/companies/" + id;
        Enterprise enterprise;
        try {
            enterprise = authentication.openForCertificates(user.account(), enterpriseId);
        } catch (Refused refused) {
            Flash.refused(redirect, refused);
            return detail;
        }
        Map<CertificateKind, CertificateImage> images = new EnumMap<>(CertificateKind.class);
        Map<String, String> problems = new HashMap<>();
        check(CertificateKind.LICENCE, licence, images, problems);
        check(CertificateKind.ID_FRONT, idFront, images, problems);
        check(CertificateKind.ID_BACK, idBack, images, problems);
        if (!problems.isEmpty()) {
            model.addAttribute("certificateProblems", problems);
            model.addAttribute("faceForm", FaceForm.blank());
            return detailPage.show(enterprise, model);
        }
        return Flash.attempt(redirect, "enterprise.certificates.submitted",
                () -> authentication.submitCertificates(user.account(), enterpriseId, images), detail);
    }

    /** Only where a face check is configured; a check that did not pass is said as the page's error. */
    @PostMapping("/enterprise/companies/{id}/face")
    String verifyFace(@PathVariable long id, @Valid @ModelAttribute("faceForm") FaceForm form, BindingResult errors,
                      @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        EnterpriseId enterpriseId = EnterpriseId.of(id);
        Enterprise enterprise = service.mine(user.account(), enterpriseId);
        authentication.faceVerification().orElseThrow(NotFound::new);
        if (Forms.holding(form, errors, model).hasErrors()) {
            return detailPage.show(enterprise, model);
        }
        try {
            FaceVerificationResult result = authentication.verifyFace(user.account(), enterpriseId, form.name(),
                    form.idNumber());
            if (result.passed()) {
                Flash.done(redirect, "enterprise.face.passed");
            } else {
                Flash.refused(redirect, new Refused(result.reasonKey()));
            }
        } catch (Refused refused) {
            Flash.refused(redirect, refused);
        }
        return "redirect:/enterprise/companies/" + id;
    }

    /** The enterprise's own uploads, for its members only. */
    @GetMapping("/enterprise/companies/{id}/certificates/{kind}")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String kind,
                                       @AuthenticationPrincipal CurrentUser user) {
        return image(authentication.certificate(user.account(), EnterpriseId.of(id), kindOf(kind))
                .orElseThrow(NotFound::new));
    }

    /** A kind in the address that is not one of ours is a page that does not exist. */
    static CertificateKind kindOf(String kind) {
        try {
            return CertificateKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new NotFound();
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
