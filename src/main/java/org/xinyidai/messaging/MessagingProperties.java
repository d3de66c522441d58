package org.xinyidai.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The messaging module's settings ({@code xyd.messaging.*}).
 *
 * @param textsPerNumberPerDay how many texts staff actions may send one number a day (feedback replies and the
 *                             like; a reply typed ten times does not text a stranger ten times)
 */
@ConfigurationProperties("xyd.messaging")
public record MessagingProperties(Integer textsPerNumberPerDay) {

    public MessagingProperties {
        if (textsPerNumberPerDay == null) {
            textsPerNumberPerDay = 3;
        }
        if (textsPerNumberPerDay < 0) {
            throw new IllegalArgumentException("xyd.messaging.texts-per-number-per-day must not be negative");
        }
    }
}
