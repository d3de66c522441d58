package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.portal.feedback.FeedbackService;
import org.xinyidai.portal.feedback.FeedbackService.Submission;
import org.xinyidai.portal.feedback.FeedbackType;
import org.xinyidai.portal.feedback.FormTokens;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/** 联系我们: the current site's hotline, e-mail and address, and the feedback form (意见反馈). */
@Controller
class ContactController {

    static final String SESSION_TIMES = "xyd.feedback.times";

    private final FeedbackService feedback;
    private final FormTokens tokens;
    private final SiteApi sites;

    ContactController(FeedbackService feedback, FormTokens tokens, SiteApi sites) {
        this.feedback = feedback;
        this.tokens = tokens;
        this.sites = sites;
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("form", FeedbackForm.blank());
        return view(model);
    }

    @PostMapping("/contact/feedback")
    String send(@Valid @ModelAttribute("form") FeedbackForm form, BindingResult errors, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        if (binding.hasErrors()) {
            return view(model);
        }
        HttpSession session = request.getSession(true);
        List<Instant> times = session.getAttribute(SESSION_TIMES) instanceof List<?> list
                ? new ArrayList<>(list.stream().map(Instant.class::cast).toList()) : new ArrayList<>();
        String siteCode = sites.current(request).map(Site::code).orElse(null);
        if (!Forms.attempt(binding, () -> feedback.submit(new Submission(siteCode, form.type(), form.text(),
                form.contact()), form.website(), form.token(), request.getRemoteAddr(), times))) {
            return view(model);
        }
        session.setAttribute(SESSION_TIMES, times);
        Flash.done(redirect, "feedback.sent");
        return "redirect:/contact";
    }

    /** Every rendering of the form carries a fresh signed time; the honeypot always comes back empty. */
    private String view(Model model) {
        model.addAttribute("formToken", tokens.issue());
        model.addAttribute("types", FeedbackType.values());
        return "portal/contact";
    }
}
