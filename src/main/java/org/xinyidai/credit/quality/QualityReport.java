package org.xinyidai.credit.quality;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.xinyidai.credit.CreditSource;

/** The data quality and freshness page's figures. */
public record QualityReport(List<SourceFigures> sources, List<RejectedReason> rejections, List<RuleResult> rules)
        implements Serializable {

    /**
     * One source: its records, the enterprises they cover, when the latest arrived (null: never) and how many rows of
     * its batches were not kept; stale when nothing arrived within the source's expected interval.
     */
    public record SourceFigures(CreditSource source, long records, long enterprises, OffsetDateTime lastReceived,
                                long rejected, boolean stale) implements Serializable {
    }

    /** Rows not kept for one reason, per source. */
    public record RejectedReason(CreditSource source, String reason, long rows) implements Serializable {
    }

    /** One rule and how many records or enterprises fail it. */
    public record RuleResult(String rule, CreditSource source, long failing) implements Serializable {

        public boolean passed() {
            return failing == 0;
        }
    }
}
