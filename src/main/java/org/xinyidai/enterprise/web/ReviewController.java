package org.xinyidai.enterprise.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.xinyidai.enterprise.company.AuthenticationReview;
import org.xinyidai.enterprise.company.CertificateKind;
import org.xinyidai.enterprise.company.Company;
import org.xinyidai.enterprise.company.EnterpriseNotFound;
import org.xinyidai.enterprise.company.EnterpriseRefused;
import org.xinyidai.enterprise.company.CompanyService;
import org.xinyidai.enterprise.company.PendingClaim;
import org.xinyidai.enterprise.company.QueueItem;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.identity.CurrentUser;

/** 企业认证审核: the advisor's queue of the site's certificate authentications and claims, and the decisions. */
@Controller
class ReviewController {

    static final String QUEUE_VIEW = "enterprise/review-queue";
    static final String DETAIL_VIEW = "enterprise/review-detail";

    private final AuthenticationReview review;
    private final CompanyService companies;
    private final AccountAdministration accounts;

    ReviewController(AuthenticationReview review, CompanyService companies, AccountAdministration accounts) {
        this.review = review;
        this.companies = companies;
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
        model.addAttribute("reasonForm", new ReasonForm());
        return detailView(advisor, id, model);
    }

    @GetMapping("/advisor/authentications/{id}/certificates/{kind}")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String kind,
                                       @AuthenticationPrincipal CurrentUser advisor) {
        return CompanyAuthenticationController.image(review.certificate(advisor, id, CompanyAuthenticationController.kindOf(kind))
                .orElseThrow(EnterpriseNotFound::new));
    }

    @PostMapping("/advisor/authentications/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser advisor, RedirectAttributes redirect) {
        return decided(redirect, id, "enterprise.review.approved", () -> review.approveCertificates(advisor, id));
    }

    @PostMapping("/advisor/authentications/{id}/reject")
    String reject(@PathVariable long id, @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser advisor, Model model, RedirectAttributes redirect) {
        review.inSite(advisor, id);
        if (errors.hasErrors()) {
            model.addAttribute("rejectTarget", "certificates");
            return detailView(advisor, id, model);
        }
        return decided(redirect, id, "enterprise.review.rejected",
                () -> review.rejectCertificates(advisor, id, form.getReason()));
    }

    @PostMapping("/advisor/authentications/{id}/claims/{accountId}/approve")
    String approveClaim(@PathVariable long id, @PathVariable long accountId,
                        @AuthenticationPrincipal CurrentUser advisor, RedirectAttributes redirect) {
        return decided(redirect, id, "enterprise.review.claimApproved", () -> review.approveClaim(advisor, id, accountId));
    }

    @PostMapping("/advisor/authentications/{id}/claims/{accountId}/reject")
    String rejectClaim(@PathVariable long id, @PathVariable long accountId,
                       @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
                       @AuthenticationPrincipal CurrentUser advisor, Model model, RedirectAttributes redirect) {
        review.inSite(advisor, id);
        if (errors.hasErrors()) {
            model.addAttribute("rejectTarget", "claim-" + accountId);
            return detailView(advisor, id, model);
        }
        return decided(redirect, id, "enterprise.review.claimRejected",
                () -> review.rejectClaim(advisor, id, accountId, form.getReason()));
    }

    private String decided(RedirectAttributes redirect, long id, String flash, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (EnterpriseRefused refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/advisor/authentications/" + id;
    }

    private String detailView(CurrentUser advisor, long id, Model model) {
        Company company = review.inSite(advisor, id);
        List<PendingClaim> claims = review.pendingClaims(advisor, id);
        model.addAttribute("company", company);
        model.addAttribute("claims", claims);
        model.addAttribute("history", companies.history(id));
        model.addAttribute("certificates", review.certificateKinds(advisor, id));
        model.addAttribute("people", people(java.util.stream.Stream.concat(
                claims.stream().map(PendingClaim::accountId), java.util.stream.Stream.of(company.createdBy())).toList()));
        model.addAttribute("reasonMax", ReasonForm.REASON_MAX);
        model.addAttribute("certificateKinds", CertificateKind.values());
        return DETAIL_VIEW;
    }

    private Map<Long, AccountView> people(List<Long> ids) {
        return accounts.findAll(ids).stream().collect(Collectors.toMap(AccountView::id, Function.identity(), (a, b) -> a));
    }
}
