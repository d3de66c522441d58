package org.xinyidai.credit.data;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.credit.CreditSource;

/** The batches received and the rows of each that were not kept. */
@Repository
class Batches {

    /** Rejected rows a stored report lists. */
    static final int SHOWN = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Batches(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long open(CreditSource source, Channel channel, String name, Long submittedBy, OffsetDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into credit_batch (source, channel, name, submitted_by, received_at)"
                        + " values (:source, :channel, :name, :by, :at)")
                .param("source", source.name()).param("channel", channel.name())
                .param("name", name.length() > 200 ? name.substring(0, 200) : name).param("by", submittedBy)
                .param("at", at).update(key, "id");
        return key.getKey().longValue();
    }

    void close(long batchId, int total, Applied applied, List<Rejection> rejections) {
        jdbc.sql("update credit_batch set total_rows = :total, added = :added, updated = :updated,"
                        + " unchanged = :unchanged, rejected = :rejected where id = :id")
                .param("total", total).param("added", applied.added()).param("updated", applied.updated())
                .param("unchanged", applied.unchanged()).param("rejected", rejections.size()).param("id", batchId)
                .update();
        template.batchUpdate("insert into credit_rejection (batch_id, line, source_record_id, reason, column_name,"
                + " bad_value) values (?, ?, ?, ?, ?, ?)", rejections, 1000, (ps, r) -> {
                    ps.setLong(1, batchId);
                    ps.setInt(2, r.line());
                    ps.setString(3, r.sourceRecordId());
                    ps.setString(4, r.reason());
                    ps.setString(5, r.column());
                    ps.setString(6, r.value());
                });
    }

    /** A batch's report as stored (its rejections by line). */
    Optional<BatchReport> report(long batchId) {
        List<Rejection> rejections = jdbc.sql("select line, source_record_id, reason, column_name, bad_value"
                        + " from credit_rejection where batch_id = :id order by line limit :shown")
                .param("id", batchId).param("shown", SHOWN).query((rs, n) -> new Rejection(rs.getInt("line"), rs.getString("source_record_id"),
                        rs.getString("reason"), rs.getString("column_name"), rs.getString("bad_value"))).list();
        return jdbc.sql("select id, source, name, total_rows, added, updated, unchanged, rejected from credit_batch where id = :id")
                .param("id", batchId).query((rs, n) -> new BatchReport(rs.getLong("id"),
                        CreditSource.valueOf(rs.getString("source")), rs.getString("name"), rs.getInt("total_rows"),
                        rs.getInt("added"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"),
                        rejections)).optional();
    }

    boolean anyBy(Channel channel) {
        return jdbc.sql("select count(*) from credit_batch where channel = :c").param("c", channel.name())
                .query(Long.class).single() > 0;
    }

    /** The latest batches, newest first, without their rejected rows. */
    List<BatchReport> latest(int count) {
        return jdbc.sql("select id, source, name, total_rows, added, updated, unchanged, rejected from credit_batch"
                        + " order by id desc limit :n").param("n", count)
                .query((rs, n) -> new BatchReport(rs.getLong("id"), CreditSource.valueOf(rs.getString("source")),
                        rs.getString("name"), rs.getInt("total_rows"), rs.getInt("added"), rs.getInt("updated"),
                        rs.getInt("unchanged"), rs.getInt("rejected"), List.of())).list();
    }
}
