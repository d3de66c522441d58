package org.xinyidai.credit.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.credit.CreditSource;

/** The stored credit records: what a batch compares against, and an enterprise's records. */
@Repository
public class CreditRecords {

    static final String COLUMNS = "source, source_record_id, uscc, authority, event_date, end_date, kind, reference,"
            + " amount, quantity, detail";
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CreditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored records of a source among these source record ids, by id. */
    Map<String, CreditRecord> existing(CreditSource source, Collection<String> ids) {
        Map<String, CreditRecord> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select " + COLUMNS + " from credit_record where source = :source and source_record_id in (:ids)")
                    .param("source", source.name()).param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(CreditRecords::map).list().forEach(r -> found.put(r.sourceRecordId(), r));
        }
        return found;
    }

    /** An enterprise's records that still count (not removed), oldest first. */
    public List<StoredRecord> of(String uscc) {
        return jdbc.sql("select id, received_at, " + COLUMNS + " from credit_record where uscc = :uscc"
                        + " and removed_at is null order by source, event_date, id")
                .param("uscc", uscc).query((rs, n) -> new StoredRecord(rs.getLong("id"), map(rs, n),
                        rs.getObject("received_at", java.time.OffsetDateTime.class))).list();
    }

    /** An enterprise's records that still count, as the scorecard reads them. */
    public List<CreditRecord> recordsOf(String uscc) {
        return of(uscc).stream().map(StoredRecord::record).toList();
    }

    /** One record of an enterprise that still counts. */
    public java.util.Optional<StoredRecord> find(String uscc, long id) {
        return of(uscc).stream().filter(r -> r.id() == id).findFirst();
    }

    /** Any record by its id, also one that no longer counts. */
    public java.util.Optional<StoredRecord> stored(long id) {
        return jdbc.sql("select id, received_at, " + COLUMNS + " from credit_record where id = :id").param("id", id)
                .query((rs, n) -> new StoredRecord(rs.getLong("id"), map(rs, n),
                        rs.getObject("received_at", java.time.OffsetDateTime.class))).optional();
    }

    /** The record stops counting (an upheld objection); false when it no longer counted. */
    boolean remove(long id, java.time.OffsetDateTime at) {
        return jdbc.sql("update credit_record set removed_at = :at where id = :id and removed_at is null")
                .param("at", at).param("id", id).update() == 1;
    }

    long insert(CreditRecord r, long batchId, java.time.OffsetDateTime at) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into credit_record (" + COLUMNS + ", received_at, batch_id) values (:source, :id, :uscc,"
                        + " :authority, :event, :end, :kind, :reference, :amount, :quantity, :detail, :at, :batch)")
                .param("source", r.source().name()).param("id", r.sourceRecordId()).param("uscc", r.uscc())
                .param("authority", r.authority()).param("event", r.eventDate()).param("end", r.endDate())
                .param("kind", r.kind()).param("reference", r.reference()).param("amount", r.amount())
                .param("quantity", r.quantity()).param("detail", r.detail()).param("at", at).param("batch", batchId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Every enterprise with records, for scoring them all. */
    public List<String> enterprises() {
        return jdbc.sql("select distinct uscc from credit_record order by uscc").query(String.class).list();
    }

    static CreditRecord map(ResultSet rs, int n) throws SQLException {
        return new CreditRecord(CreditSource.valueOf(rs.getString("source")), rs.getString("source_record_id"),
                rs.getString("uscc"), rs.getString("authority"), rs.getObject("event_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("kind"), rs.getString("reference"),
                rs.getBigDecimal("amount"), (Integer) rs.getObject("quantity", Integer.class), rs.getString("detail"));
    }
}
