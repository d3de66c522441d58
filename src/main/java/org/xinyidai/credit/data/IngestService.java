package org.xinyidai.credit.data;

import org.springframework.cache.annotation.CacheEvict;
import org.xinyidai.credit.quality.DataQuality;
import java.io.InputStream;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.credit.CreditRecordsReceived;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.identity.CurrentUser;

/**
 * Takes a batch of one source, from any channel: every row is checked, bad rows are reported with their line and
 * reason, the good ones are kept — all of them or, if anything fails while writing, none (one transaction). Rows
 * are keyed by the source's record id, so a batch sent again changes nothing. Enterprises whose records changed
 * are scored again after the commit ({@link CreditRecordsReceived}).
 */
@Service
public class IngestService {

    /** From this many good rows on, PostgreSQL gets them by COPY. */
    static final int COPY_FROM_ROWS = 2_000;

    private final Batches batches;
    private final CreditRecords records;
    private final JdbcRecordWriter jdbcWriter;
    private final CopyRecordWriter copyWriter;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OperationLog log;
    private final boolean postgres;

    IngestService(Batches batches, CreditRecords records, JdbcRecordWriter jdbcWriter, CopyRecordWriter copyWriter,
                  ApplicationEventPublisher events, Clock clock, OperationLog log, DataSource dataSource)
            throws org.springframework.jdbc.support.MetaDataAccessException {
        this.batches = batches;
        this.records = records;
        this.jdbcWriter = jdbcWriter;
        this.copyWriter = copyWriter;
        this.events = events;
        this.clock = clock;
        this.log = log;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = "PostgreSQL".equalsIgnoreCase(product);
    }

    @Transactional
    @CacheEvict(cacheNames = DataQuality.CACHE, allEntries = true)
    public BatchReport ingest(CreditSource source, Channel channel, String name, Long submittedBy, List<RawRow> rows) {
        Ingested ingested = ingestUnscored(source, channel, name, submittedBy, rows);
        scoreAgain(ingested.report().batchId(), source, ingested.changedUsccs());
        return ingested.report();
    }

    /**
     * A batch kept without scoring its enterprises again: for a loader sending many batches about the same
     * enterprises, which then asks once ({@link #scoreAgain}).
     */
    @Transactional
    @CacheEvict(cacheNames = DataQuality.CACHE, allEntries = true)
    public Ingested ingestUnscored(CreditSource source, Channel channel, String name, Long submittedBy,
                                  List<RawRow> rows) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long batchId = batches.open(source, channel, name, submittedBy, now);
        RowChecker checker = new RowChecker(source, LocalDate.now(clock));
        List<CreditRecord> good = new ArrayList<>(rows.size());
        List<Rejection> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : rows) {
            RowChecker.Checked checked = checker.check(row);
            if (checked.rejection() != null) {
                rejections.add(checked.rejection());
            } else if (!seen.add(checked.record().sourceRecordId())) {
                rejections.add(new Rejection(row.line(), checked.record().sourceRecordId(), "credit.reject.duplicate",
                        RecordLayout.SOURCE_RECORD_ID, checked.record().sourceRecordId()));
            } else {
                good.add(checked.record());
            }
        }
        RecordWriter writer = postgres && good.size() >= COPY_FROM_ROWS ? copyWriter : jdbcWriter;
        Applied applied = writer.write(good, batchId, now);
        batches.close(batchId, rows.size(), applied, rejections);
        return new Ingested(new BatchReport(batchId, source, name, rows.size(), applied.added(), applied.updated(),
                applied.unchanged(), rejections.size(), rejections), applied.changedUsccs());
    }

    /** These enterprises' records changed: they are scored again after the commit. */
    @Transactional
    public void scoreAgain(long batchId, CreditSource source, Set<String> usccs) {
        if (!usccs.isEmpty()) {
            events.publishEvent(new CreditRecordsReceived(batchId, source, usccs));
        }
    }

    /**
     * An upheld objection: the record stops counting at once and, with a corrected end date or amount, a corrected
     * copy takes its place (kept in a correction batch named {@code name}); the enterprise is scored again. Answers
     * the corrected record's id, or null when the record was only removed.
     */
    @Transactional
    @CacheEvict(cacheNames = DataQuality.CACHE, allEntries = true)
    public Long replace(long recordId, String name, long decidedBy, LocalDate correctedEnd,
                        java.math.BigDecimal correctedAmount) {
        StoredRecord stored = records.stored(recordId).orElseThrow(org.xinyidai.shared.NotFound::new);
        OffsetDateTime now = OffsetDateTime.now(clock);
        records.remove(recordId, now);
        CreditRecord r = stored.record();
        long batchId = batches.open(r.source(), Channel.CORRECTION, name, decidedBy, now);
        Long corrected = null;
        if (correctedEnd != null || correctedAmount != null) {
            corrected = records.insert(new CreditRecord(r.source(), r.sourceRecordId() + "#" + name, r.uscc(),
                    r.authority(), r.eventDate(), correctedEnd != null ? correctedEnd : r.endDate(), r.kind(),
                    r.reference(), correctedAmount != null ? correctedAmount : r.amount(), r.quantity(), r.detail()),
                    batchId, now);
        }
        batches.close(batchId, 1, new Applied(corrected == null ? 0 : 1, 0, 0, Set.of(r.uscc())), List.of());
        scoreAgain(batchId, r.source(), Set.of(r.uscc()));
        return corrected;
    }

    /** A batch's report and the enterprises whose records it changed. */
    public record Ingested(BatchReport report, Set<String> changedUsccs) {
    }

    /**
     * A file the platform admin uploaded: read (a file that does not read, lacks the source's columns or holds no
     * rows is refused as a whole), then taken like any batch, and recorded in the operation log.
     */
    @Transactional
    @CacheEvict(cacheNames = DataQuality.CACHE, allEntries = true)
    public BatchReport upload(CurrentUser admin, CreditSource source, String fileName, InputStream file) {
        BatchReport report = ingest(source, Channel.UPLOAD, fileName, admin.accountId(),
                RecordFiles.read(source, fileName, file));
        log.record(admin.did("CREDIT_DATA_UPLOAD").on("credit_batch", report.batchId()).withDetail(source.name()
                + " " + fileName + ": " + report.kept() + " kept, " + report.rejected() + " rejected"));
        return report;
    }

    public Optional<BatchReport> report(long batchId) {
        return batches.report(batchId);
    }

    public boolean anyBatchBy(Channel channel) {
        return batches.anyBy(channel);
    }

    public List<BatchReport> latest(int count) {
        return batches.latest(count);
    }
}
