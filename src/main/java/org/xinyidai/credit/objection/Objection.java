package org.xinyidai.credit.objection;

import java.time.OffsetDateTime;
import org.xinyidai.credit.data.StoredRecord;

/**
 * An enterprise's objection (异议) to one of its records, with the platform's result once reviewed.
 *
 * @param record          the record disputed, as it was when raised
 * @param correctedRecord the id of the corrected record put in its place, or null
 */
public record Objection(long id, StoredRecord record, String uscc, String reason, OffsetDateTime raisedAt,
                        ObjectionStatus status, String result, OffsetDateTime decidedAt, Long correctedRecord,
                        int version) {

    public boolean open() {
        return status == ObjectionStatus.OPEN;
    }
}
