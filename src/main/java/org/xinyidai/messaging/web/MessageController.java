package org.xinyidai.messaging.web;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.inbox.Inbox;
import org.xinyidai.messaging.inbox.Links;
import org.xinyidai.messaging.inbox.Message;
import org.xinyidai.messaging.inbox.MessageFilter;
import org.xinyidai.messaging.inbox.MessageTexts;
import org.xinyidai.messaging.inbox.ReadState;
import org.xinyidai.messaging.notices.SmsPreferences;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.web.Flash;

/** 消息中心 for every role: the list with its filters, marking read, the SMS switches. */
@Controller
@RequestMapping("/messages")
class MessageController {

    static final int PAGE_SIZE = 20;
    private static final String LIST = "messaging/list";
    private static final String SETTINGS = "messaging/settings";

    private final Inbox inbox;
    private final SmsPreferences preferences;
    private final MessageTexts texts;

    MessageController(Inbox inbox, SmsPreferences preferences, MessageTexts texts) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.texts = texts;
    }

    @GetMapping
    String list(@ModelAttribute("filter") MessageFilter filter, @RequestParam(required = false) Integer page,
                @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("rows", inbox.list(user.accountId(), filter, PageRequest.of(page, PAGE_SIZE))
                .map(m -> MessageRow.of(m, texts, locale)));
        model.addAttribute("types", MessageType.values());
        model.addAttribute("states", ReadState.values());
        return htmx != null ? LIST + " :: results" : LIST;
    }

    /** Marks the message read and follows its link; another person's message does not exist. */
    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        Message message = inbox.markRead(id, user).orElseThrow(NotFound::new);
        return Links.isInternal(message.link()) ? "redirect:" + message.link() : "redirect:/messages";
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        inbox.markAllRead(user);
        Flash.done(redirect, "messages.readAll.done");
        return "redirect:/messages";
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("settings", preferences.of(user));
        return SETTINGS;
    }

    @PostMapping("/settings")
    String saveSettings(SmsSettingsForm form, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        preferences.save(user, form.smsOn());
        Flash.done(redirect, "messages.settings.saved");
        return "redirect:/messages/settings";
    }
}
