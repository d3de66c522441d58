package org.xinyidai.credit.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The bulk writer on PostgreSQL: the batch goes by {@code COPY} (pgjdbc's CopyManager) into a temporary table
 * dropped at commit, then one UPDATE of the changed rows and one INSERT of the new ones, all in the batch's
 * transaction.
 */
@Component
class CopyRecordWriter implements RecordWriter {

    private static final String STAGE_COLUMNS = "source, source_record_id, uscc, authority, event_date, end_date,"
            + " kind, reference, amount, quantity, detail";
    private static final String SAME_KEY = "r.source = s.source and r.source_record_id = s.source_record_id";
    private static final String DIFFERS = "(r.uscc, r.authority, r.event_date, r.end_date, r.kind, r.reference,"
            + " r.amount, r.quantity, r.detail) is distinct from (s.uscc, s.authority, s.event_date, s.end_date,"
            + " s.kind, s.reference, s.amount, s.quantity, s.detail)";
    private static final int FLUSH_BYTES = 1 << 20;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    CopyRecordWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public Applied write(List<CreditRecord> batch, long batchId, OffsetDateTime receivedAt) {
        // Several batches may share one transaction (the demo data's): the table then exists, emptied here.
        jdbc.sql("create temporary table if not exists credit_record_stage (source varchar(24), source_record_id varchar(64),"
                + " uscc varchar(18), authority varchar(100), event_date date, end_date date, kind varchar(40),"
                + " reference varchar(100), amount numeric(18,2), quantity int, detail varchar(500)) on commit drop")
                .update();
        jdbc.sql("truncate credit_record_stage").update();
        copy(batch);
        Set<String> usccs = new HashSet<>(jdbc.sql("select s.uscc from credit_record_stage s left join credit_record r"
                + " on " + SAME_KEY + " where r.id is null or " + DIFFERS
                + " union select r.uscc from credit_record_stage s join credit_record r on " + SAME_KEY
                + " where " + DIFFERS).query(String.class).list());
        int updated = jdbc.sql("update credit_record r set uscc = s.uscc, authority = s.authority,"
                + " event_date = s.event_date, end_date = s.end_date, kind = s.kind, reference = s.reference,"
                + " amount = s.amount, quantity = s.quantity, detail = s.detail, received_at = :at, batch_id = :batch"
                + " from credit_record_stage s where " + SAME_KEY + " and " + DIFFERS)
                .param("at", receivedAt).param("batch", batchId).update();
        int added = jdbc.sql("insert into credit_record (" + STAGE_COLUMNS + ", received_at, batch_id) select "
                + STAGE_COLUMNS.replaceAll("(\\w+)", "s.$1") + ", :at, :batch from credit_record_stage s"
                + " where not exists (select 1 from credit_record r where " + SAME_KEY + ")")
                .param("at", receivedAt).param("batch", batchId).update();
        return new Applied(added, updated, batch.size() - added - updated, usccs);
    }

    private void copy(List<CreditRecord> batch) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy credit_record_stage (" + STAGE_COLUMNS + ") from stdin with (format csv)");
            StringBuilder chunk = new StringBuilder(FLUSH_BYTES + 4096);
            for (CreditRecord r : batch) {
                line(chunk, r);
                if (chunk.length() >= FLUSH_BYTES) {
                    flush(in, chunk);
                }
            }
            flush(in, chunk);
            in.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into credit_record_stage failed", e);
        }
    }

    private static void flush(CopyIn in, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private static void line(StringBuilder out, CreditRecord r) {
        Object[] values = {r.source().name(), r.sourceRecordId(), r.uscc(), r.authority(), r.eventDate(),
                r.endDate(), r.kind(), r.reference(), r.amount() == null ? null : r.amount().toPlainString(),
                r.quantity(), r.detail()};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values[i] != null) {
                out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
