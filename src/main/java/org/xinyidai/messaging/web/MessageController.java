package org.xinyidai.messaging.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.internal.Inbox;
import org.xinyidai.messaging.internal.Links;
import org.xinyidai.messaging.internal.Message;
import org.xinyidai.messaging.internal.MessageFilter;
import org.xinyidai.messaging.internal.MessageTexts;
import org.xinyidai.messaging.internal.Messages;
import org.xinyidai.messaging.internal.ReadState;

/** 消息中心 for every role: the list with its filters, marking read, the SMS switches. */
@Controller
@RequestMapping("/messages")
class MessageController {

    private static final String LIST = "messaging/list";
    private static final String SETTINGS = "messaging/settings";

    private final Messages messages;
    private final Inbox inbox;
    private final MessageTexts texts;

    MessageController(Messages messages, Inbox inbox, MessageTexts texts) {
        this.messages = messages;
        this.inbox = inbox;
        this.texts = texts;
    }

    @GetMapping
    String list(@ModelAttribute("filter") MessageFilter filter, @AuthenticationPrincipal CurrentUser user,
                Locale locale, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        List<MessageRow> rows = messages.page(user.accountId(), filter).stream()
                .map(m -> MessageRow.of(m, texts, locale)).toList();
        long total = messages.count(user.accountId(), filter);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", filter.pageOrFirst());
        model.addAttribute("pages", Math.max(1, (total + MessageFilter.PAGE_SIZE - 1) / MessageFilter.PAGE_SIZE));
        model.addAttribute("types", MessageType.values());
        model.addAttribute("states", ReadState.values());
        return htmx != null ? LIST + " :: results" : LIST;
    }

    /** Marks the message read and follows its link; another person's message does not exist. */
    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        Message message = inbox.markRead(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Links.isInternal(message.link()) ? "redirect:" + message.link() : "redirect:/messages";
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        inbox.markAllRead(user);
        redirect.addFlashAttribute("flash", "messages.readAll.done");
        return "redirect:/messages";
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("settings", inbox.smsSettings(user));
        return SETTINGS;
    }

    /** Checked boxes arrive as type names; an unknown name is ignored rather than failing the form. */
    @PostMapping("/settings")
    String saveSettings(@RequestParam(name = "sms", required = false) List<String> sms,
                        @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Set<String> checked = sms == null ? Set.of() : Set.copyOf(sms);
        Set<MessageType> on = Arrays.stream(MessageType.values()).filter(t -> checked.contains(t.name()))
                .collect(Collectors.toSet());
        inbox.saveSmsSettings(user, on);
        redirect.addFlashAttribute("flash", "messages.settings.saved");
        return "redirect:/messages/settings";
    }
}
