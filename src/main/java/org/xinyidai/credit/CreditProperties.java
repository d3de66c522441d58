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
 * @param scorecard        the scorecard scores are computed with
 */
@ConfigurationProperties("xyd.credit")
public record CreditProperties(Map<String, String> feedTokens, Period adverseRetention, Scorecard scorecard) {

    /** Shorter tokens are ignored: a feed token must not be guessable. */
    public static final int MIN_TOKEN_LENGTH = 32;

    public CreditProperties {
        feedTokens = feedTokens == null ? Map.of() : Map.copyOf(feedTokens);
        adverseRetention = adverseRetention == null ? Period.ofYears(5) : adverseRetention;
        scorecard = scorecard == null ? new Scorecard(null, null, null, null, null) : scorecard;
    }

    /**
     * A versioned scorecard: for each characteristic its bins ({@code "nodata=30; 0=10; 5=60"}: a value at or above a
     * bin's lower bound takes its points; no data takes the {@code nodata} points), and the grades' lower bounds.
     * Change the version with the bins: every stored score names the version it was computed with.
     *
     * @param characteristics characteristic name (e.g. {@code TAXES_PAID}) to its bins; missing ones keep the default
     */
    public record Scorecard(String version, Integer gradeA, Integer gradeB, Integer gradeC,
                            Map<String, String> characteristics) {

        public Scorecard {
            version = version == null ? "default" : version;
            gradeA = gradeA == null ? 800 : gradeA;
            gradeB = gradeB == null ? 650 : gradeB;
            gradeC = gradeC == null ? 500 : gradeC;
            characteristics = characteristics == null ? Map.of() : Map.copyOf(characteristics);
        }
    }
}
