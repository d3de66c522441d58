package org.xinyidai.credit;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the credit module ({@code xyd.credit.*}).
 *
 * @param feedTokens       the data-exchange systems allowed to push batches to {@code /api/credit/feed}: name to
 *                         bearer token (at least 32 characters); none outside the dev profile unless set
 * @param adverseRetention how long an adverse record counts after its end (征信业管理条例 Art. 16: 5 years)
 */
@ConfigurationProperties("xyd.credit")
public record CreditProperties(Map<String, String> feedTokens, Period adverseRetention) {

    /** Shorter tokens are ignored: a feed token must not be guessable. */
    public static final int MIN_TOKEN_LENGTH = 32;

    public CreditProperties {
        feedTokens = feedTokens == null ? Map.of() : Map.copyOf(feedTokens);
        adverseRetention = adverseRetention == null ? Period.ofYears(5) : adverseRetention;
    }
}
