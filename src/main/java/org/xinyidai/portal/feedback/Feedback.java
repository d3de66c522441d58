package org.xinyidai.portal.feedback;

import java.time.LocalDateTime;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.PhoneNumber;

/** One piece of feedback and, once handled, its reply. Times are in the platform's zone. */
public record Feedback(long id, String siteCode, FeedbackType type, String text, String contact, String clientIp,
                       FeedbackStatus status, String reply, String repliedBy, LocalDateTime repliedAt,
                       boolean replySms, LocalDateTime createdAt) {

    /** The contact as lists show it: a mobile number masked, an e-mail address as it is. */
    public String maskedContact() {
        if (contact == null) {
            return "";
        }
        return PhoneNumber.parse(contact).map(p -> Masking.phone(p.value())).orElse(contact);
    }

    public boolean contactIsMobile() {
        return PhoneNumber.isValid(contact);
    }

    /** The first words, for the inbox list. */
    public String summary() {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
