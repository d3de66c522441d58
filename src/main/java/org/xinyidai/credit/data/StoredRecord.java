package org.xinyidai.credit.data;

import java.time.OffsetDateTime;

/** A credit record as stored: its id on the platform and when it was received. */
public record StoredRecord(long id, CreditRecord record, OffsetDateTime receivedAt) {
}
