package org.xinyidai.credit.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The portable writer: looks the batch's keys up, then inserts and updates in JDBC batches. */
@Component
class JdbcRecordWriter implements RecordWriter {

    private final CreditRecords records;
    private final JdbcTemplate jdbc;

    JdbcRecordWriter(CreditRecords records, JdbcTemplate jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public Applied write(List<CreditRecord> batch, long batchId, OffsetDateTime receivedAt) {
        if (batch.isEmpty()) {
            return new Applied(0, 0, 0, Set.of());
        }
        Map<String, CreditRecord> stored = records.existing(batch.get(0).source(),
                batch.stream().map(CreditRecord::sourceRecordId).toList());
        List<CreditRecord> added = new ArrayList<>();
        List<CreditRecord> changed = new ArrayList<>();
        Set<String> usccs = new HashSet<>();
        for (CreditRecord record : batch) {
            CreditRecord before = stored.get(record.sourceRecordId());
            if (before == null) {
                added.add(record);
            } else if (!before.sameAs(record)) {
                changed.add(record);
                usccs.add(before.uscc());
            } else {
                continue;
            }
            usccs.add(record.uscc());
        }
        jdbc.batchUpdate("insert into credit_record (uscc, authority, event_date, end_date, kind, reference, amount,"
                + " quantity, detail, received_at, batch_id, source, source_record_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", added, 1000,
                (ps, r) -> bind(ps, r, batchId, receivedAt));
        jdbc.batchUpdate("update credit_record set uscc = ?, authority = ?, event_date = ?, end_date = ?, kind = ?,"
                + " reference = ?, amount = ?, quantity = ?, detail = ?, received_at = ?, batch_id = ?"
                + " where source = ? and source_record_id = ?", changed, 1000,
                (ps, r) -> bind(ps, r, batchId, receivedAt));
        return new Applied(added.size(), changed.size(), batch.size() - added.size() - changed.size(), usccs);
    }

    private static void bind(PreparedStatement ps, CreditRecord r, long batchId, OffsetDateTime at) throws SQLException {
        ps.setString(1, r.uscc());
        ps.setString(2, r.authority());
        ps.setObject(3, r.eventDate());
        ps.setObject(4, r.endDate(), Types.DATE);
        ps.setString(5, r.kind());
        ps.setString(6, r.reference());
        ps.setBigDecimal(7, r.amount());
        ps.setObject(8, r.quantity(), Types.INTEGER);
        ps.setString(9, r.detail());
        ps.setObject(10, at);
        ps.setLong(11, batchId);
        ps.setString(12, r.source().name());
        ps.setString(13, r.sourceRecordId());
    }
}
