package org.xinyidai.portal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.portal.feedback.FeedbackType;

/**
 * The feedback form. {@code website} is the honeypot: hidden from people, filled in by bots; {@code token}
 * is the signed time the form was served.
 */
public class FeedbackForm {

    @NotNull(message = "{feedback.type.required}")
    private FeedbackType type;

    @NotNull(message = "{feedback.text.length}")
    @Size(min = 10, max = 1000, message = "{feedback.text.length}")
    private String text;

    /** Blank, a mainland mobile number, or an e-mail address. */
    @Size(max = 128, message = "{feedback.contact.format}")
    @Pattern(regexp = "^$|^(\\+86|0086)?1[3-9]\\d{9}$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
            message = "{feedback.contact.format}")
    private String contact;

    private String website;

    private String token;

    public FeedbackType getType() {
        return type;
    }

    public void setType(FeedbackType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact == null ? null : contact.strip();
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
