package org.xinyidai.credit.objection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.credit.data.CreditRecords;

/** The stored objections, each with the record it disputes. */
@Repository
class Objections {

    private static final String COLUMNS = "select id, record_id, uscc, reason, raised_at, status, result, decided_at,"
            + " corrected_record_id, version from credit_objection";

    private final JdbcClient jdbc;
    private final CreditRecords records;

    Objections(JdbcClient jdbc, CreditRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    long add(long recordId, String uscc, long raisedBy, String reason, OffsetDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into credit_objection (record_id, uscc, raised_by, reason, raised_at, status)"
                        + " values (:record, :uscc, :by, :reason, :at, 'OPEN')")
                .param("record", recordId).param("uscc", uscc).param("by", raisedBy).param("reason", reason)
                .param("at", at).update(key, "id");
        return key.getKey().longValue();
    }

    boolean openFor(long recordId) {
        return jdbc.sql("select count(*) from credit_objection where record_id = :r and status = 'OPEN'")
                .param("r", recordId).query(Long.class).single() > 0;
    }

    /** Records the decision unless someone decided first (the version moved on); true when this one counted. */
    boolean decide(long id, int version, ObjectionStatus status, String result, long by, OffsetDateTime at,
                   Long corrected) {
        return jdbc.sql("update credit_objection set status = :status, result = :result, decided_by = :by,"
                        + " decided_at = :at, corrected_record_id = :corrected, version = version + 1"
                        + " where id = :id and version = :version and status = 'OPEN'")
                .param("status", status.name()).param("result", result).param("by", by).param("at", at)
                .param("corrected", corrected).param("id", id).param("version", version).update() == 1;
    }

    Optional<Objection> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(Objections::row).optional()
                .map(this::withRecord);
    }

    List<Objection> of(String uscc) {
        return jdbc.sql(COLUMNS + " where uscc = :uscc order by raised_at desc, id desc").param("uscc", uscc)
                .query(Objections::row).list().stream().map(this::withRecord).toList();
    }

    /** Open ones first, oldest first; then the latest decided. */
    List<Objection> forReview(int limit) {
        return jdbc.sql(COLUMNS + " order by case when status = 'OPEN' then 0 else 1 end,"
                        + " case when status = 'OPEN' then raised_at end, decided_at desc, id desc limit :n")
                .param("n", limit).query(Objections::row).list().stream().map(this::withRecord).toList();
    }

    /** An objection as stored, its record by id (read after the rows: one query at a time). */
    private record Row(long id, long recordId, String uscc, String reason, OffsetDateTime raisedAt,
                       ObjectionStatus status, String result, OffsetDateTime decidedAt, Long corrected, int version) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("record_id"), rs.getString("uscc"), rs.getString("reason"),
                rs.getObject("raised_at", OffsetDateTime.class), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("result"), rs.getObject("decided_at", OffsetDateTime.class),
                (Long) rs.getObject("corrected_record_id", Long.class), rs.getInt("version"));
    }

    private Objection withRecord(Row r) {
        return new Objection(r.id(), records.stored(r.recordId()).orElseThrow(), r.uscc(), r.reason(), r.raisedAt(),
                r.status(), r.result(), r.decidedAt(), r.corrected(), r.version());
    }
}
