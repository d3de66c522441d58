package org.xinyidai.messaging.inbox;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A message's text in one language: its key and arguments through the message bundles. */
@Component
public class MessageTexts {

    /** Texts that go out by SMS are in Chinese, whatever language the person reads the site in. */
    static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    MessageTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The rendered text; an unknown key shows as itself rather than failing the page. */
    public String render(String textKey, List<String> args, Locale locale) {
        return messages.getMessage(textKey, args.toArray(), textKey, locale);
    }

    /** An SMS: the platform's signature (【信易贷】) and the text, in Chinese. */
    public String sms(String textKey, List<String> args) {
        return render("message.sms.signature", List.of(), SMS_LOCALE) + render(textKey, args, SMS_LOCALE);
    }

    public String render(Message message, Locale locale) {
        return render(message.textKey(), message.args(), locale);
    }
}
