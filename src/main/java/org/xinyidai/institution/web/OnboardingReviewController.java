package org.xinyidai.institution.web;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.onboarding.OnboardingApplication;
import org.xinyidai.institution.onboarding.OnboardingReview;
import org.xinyidai.institution.onboarding.OnboardingService;
import org.xinyidai.institution.onboarding.OnboardingStatus;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.web.Flash;

/** The platform admin's review of onboarding applications (入驻审核): list, detail, approve, reject. */
@Controller
class OnboardingReviewController {

    static final int PAGE_SIZE = 20;
    static final String LIST_VIEW = "onboarding/admin-list";
    static final String DETAIL_VIEW = "onboarding/admin-detail";

    private final OnboardingService onboarding;
    private final OnboardingReview review;

    OnboardingReviewController(OnboardingService onboarding, OnboardingReview review) {
        this.onboarding = onboarding;
        this.review = review;
    }

    @GetMapping("/admin/onboarding")
    String list(@RequestParam(required = false) OnboardingStatus status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Page<OnboardingApplication> found = onboarding.search(status, q, new PageRequest(page, PAGE_SIZE));
        model.addAttribute("applications", found.items());
        model.addAttribute("statuses", OnboardingStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("page", found.number());
        model.addAttribute("pages", found.pages());
        model.addAttribute("total", found.total());
        return htmx != null ? LIST_VIEW + " :: results" : LIST_VIEW;
    }

    @GetMapping("/admin/onboarding/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("rejectForm", RejectForm.blank());
        return detailView(id, model);
    }

    @GetMapping("/admin/onboarding/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        return onboarding.logo(id)
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(logo.content()))
                .orElseThrow(NotFound::new);
    }

    @PostMapping("/admin/onboarding/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        existing(id);
        return Flash.attempt(redirect, "onboarding.review.approved", () -> review.approve(id, admin),
                "redirect:/admin/onboarding/" + id);
    }

    @PostMapping("/admin/onboarding/{id}/reject")
    String reject(@PathVariable long id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        existing(id);
        if (errors.hasErrors()) {
            model.addAttribute("rejectOpen", true);
            return detailView(id, model);
        }
        return Flash.attempt(redirect, "onboarding.review.rejected", () -> review.reject(id, form.reason(), admin),
                "redirect:/admin/onboarding/" + id);
    }

    private String detailView(long id, Model model) {
        model.addAttribute("detail", existing(id));
        model.addAttribute("reasonMax", RejectForm.REASON_MAX);
        return DETAIL_VIEW;
    }

    private OnboardingApplication existing(long id) {
        return onboarding.find(id).orElseThrow(NotFound::new);
    }
}
