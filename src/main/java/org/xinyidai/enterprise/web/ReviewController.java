package org.xinyidai.enterprise.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.authentication.AuthenticationReview;
import org.xinyidai.enterprise.authentication.CertificateKind;
import org.xinyidai.enterprise.authentication.QueueItem;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.enterprise.registry.PendingClaim;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 企业认证审核: the advisor's queue of the site's certificate authentications and claims, and the decisions. */
@Controller
class ReviewController {

    static final String QUEUE_VIEW = "enterprise/review-queue";
    static final String DETAIL_VIEW = "enterprise/review-detail";

    private final AuthenticationReview review;
    private final EnterpriseService service;
    private final AccountAdministration accounts;

    ReviewController(AuthenticationReview review, EnterpriseService service, AccountAdministration accounts) {
        this.review = review;
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/advisor/authentications")
    String queue(@AuthenticationPrincipal CurrentUser advisor, Model model) {
        List<QueueItem> items = review.queue(advisor);
        model.addAttribute("items", items);
        model.addAttribute("people", people(items.stream().map(QueueItem::accountId).toList()));
        return QUEUE_VIEW;
    }

    @GetMapping("/advisor/authentications/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser advisor, Model model) {
        model.addAttribute("reasonForm", ReasonForm.blank());
        return detailView(advisor, id, model);
    }

    @GetMapping("/advisor/authentications/{id}/certificates/{kind}")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String kind,
                                       @AuthenticationPrincipal CurrentUser advisor) {
        return EnterpriseAuthenticationController.image(review.certificate(advisor, id,
                EnterpriseAuthenticationController.kindOf(kind)).orElseThrow(NotFound::new));
    }

    @PostMapping("/advisor/authentications/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser advisor, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "enterprise.review.approved", () -> review.approveCertificates(advisor, id),
                detailRedirect(id));
    }

    @PostMapping("/advisor/authentications/{id}/reject")
    String reject(@PathVariable long id, @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser advisor, Model model, RedirectAttributes redirect) {
        review.inSite(advisor, id);
        if (Forms.holding(form, errors, model).hasErrors()) {
            model.addAttribute("rejectTarget", "certificates");
            return detailView(advisor, id, model);
        }
        return Flash.attempt(redirect, "enterprise.review.rejected",
                () -> review.rejectCertificates(advisor, id, form.reason()), detailRedirect(id));
    }

    @PostMapping("/advisor/authentications/{id}/claims/{accountId}/approve")
    String approveClaim(@PathVariable long id, @PathVariable long accountId,
                        @AuthenticationPrincipal CurrentUser advisor, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "enterprise.review.claimApproved",
                () -> review.approveClaim(advisor, EnterpriseId.of(id), AccountId.of(accountId)), detailRedirect(id));
    }

    @PostMapping("/advisor/authentications/{id}/claims/{accountId}/reject")
    String rejectClaim(@PathVariable long id, @PathVariable long accountId,
                       @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
                       @AuthenticationPrincipal CurrentUser advisor, Model model, RedirectAttributes redirect) {
        review.inSite(advisor, id);
        if (Forms.holding(form, errors, model).hasErrors()) {
            model.addAttribute("rejectTarget", "claim-" + accountId);
            return detailView(advisor, id, model);
        }
        return Flash.attempt(redirect, "enterprise.review.claimRejected",
                () -> review.rejectClaim(advisor, EnterpriseId.of(id), AccountId.of(accountId), form.reason()),
                detailRedirect(id));
    }

    private String detailView(CurrentUser advisor, long id, Model model) {
        Enterprise enterprise = review.inSite(advisor, id);
        List<PendingClaim> claims = review.pendingClaims(advisor, id);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("claims", claims);
        model.addAttribute("history", service.history(id));
        model.addAttribute("certificates", review.certificateKinds(advisor, id));
        model.addAttribute("people", people(Stream.concat(claims.stream().map(PendingClaim::accountId),
                Stream.of(enterprise.createdBy())).toList()));
        model.addAttribute("reasonMax", ReasonForm.REASON_MAX);
        model.addAttribute("certificateKinds", CertificateKind.values());
        return DETAIL_VIEW;
    }

    private Map<Long, AccountView> people(List<Long> ids) {
        return accounts.findAll(ids).stream().collect(Collectors.toMap(AccountView::id, Function.identity(), (a, b) -> a));
    }

    private static String detailRedirect(long id) {
        return "redirect:/advisor/authentications/" + id;
    }
}
