package org.xinyidai.portal.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.portal.feedback.Feedback;
import org.xinyidai.portal.feedback.FeedbackFilter;
import org.xinyidai.portal.feedback.FeedbackService;
import org.xinyidai.portal.feedback.FeedbackStatus;
import org.xinyidai.portal.feedback.FeedbackType;
import org.xinyidai.portal.feedback.Feedbacks;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;
import org.xinyidai.site.SiteApi;

/** 意见反馈 inbox: filter by status, type and site; read one, reply and mark it handled. */
@Controller
@RequestMapping("/admin/feedback")
class FeedbackAdminController {

    private final Feedbacks feedbacks;
    private final FeedbackService service;
    private final SiteApi sites;

    FeedbackAdminController(Feedbacks feedbacks, FeedbackService service, SiteApi sites) {
        this.feedbacks = feedbacks;
        this.service = service;
        this.sites = sites;
    }

    @GetMapping
    String inbox(@ModelAttribute("filter") FeedbackFilter filter, Model model) {
        model.addAttribute("items", feedbacks.find(filter));
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("types", FeedbackType.values());
        model.addAttribute("allSites", sites.all());
        return "portal/feedback-inbox";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("replyForm", ReplyForm.blank());
        return detailView(existing(id), model);
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable long id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
                 @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Feedback item = existing(id);
        if (Forms.holding(form, errors, model).hasErrors()) {
            return detailView(item, model);
        }
        Flash.done(redirect, switch (service.reply(id, form.reply(), user)) {
            case TEXTED -> "feedback.replied.sms";
            case TEXT_LIMIT_REACHED -> "feedback.replied.smsLimit";
            case SAVED -> "feedback.replied";
        });
        return "redirect:/admin/feedback/" + id;
    }

    private String detailView(Feedback item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("allSites", sites.all());
        return "portal/feedback-detail";
    }

    private Feedback existing(long id) {
        return feedbacks.find(id).orElseThrow(NotFound::new);
    }
}
