package org.xinyidai.credit.data;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes a batch's checked records, keyed by (source, source record id): new ones added, changed ones updated, the
 * same ones left alone. Runs inside the batch's transaction. Two ways: JDBC batches everywhere, and PostgreSQL's
 * COPY for big batches.
 */
interface RecordWriter {

    /** The records of one source, each source record id once. */
    Applied write(List<CreditRecord> records, long batchId, OffsetDateTime receivedAt);
}
