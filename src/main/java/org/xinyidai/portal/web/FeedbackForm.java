package org.xinyidai.portal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.portal.feedback.FeedbackType;

/**
 * The feedback form, the text and contact stripped. {@code website} is the honeypot: hidden from people, filled in
 * by bots; {@code token} is the signed time the form was served.
 *
 * @param contact blank, a mainland mobile number, or an e-mail address
 */
record FeedbackForm(@NotNull(message = "{feedback.type.required}") FeedbackType type,
                    @NotNull(message = "{feedback.text.length}")
                    @Size(min = 10, max = 1000, message = "{feedback.text.length}") String text,
                    @Size(max = 128, message = "{feedback.contact.format}")
                    @Pattern(regexp = "^$|^(\\+86|0086)?1[3-9]\\d{9}$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                            message = "{feedback.contact.format}") String contact,
                    String website, String token) {

    FeedbackForm {
        text = text == null ? null : text.strip();
        contact = contact == null ? null : contact.strip();
    }

    static FeedbackForm blank() {
        return new FeedbackForm(null, null, null, null, null);
    }
}
