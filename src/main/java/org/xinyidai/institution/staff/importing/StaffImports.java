package org.xinyidai.institution.staff.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Import jobs and their rows; a job is only ever read by its own institution. */
@Repository
class StaffImports {

    private final JdbcClient jdbc;

    StaffImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long institutionId, long createdBy, String fileName, List<ImportRow> rows, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into institution_import (institution_id, created_by, file_name, total_rows, valid_rows, status,
                    created_at)
                values (:institution, :by, :file, :total, :valid, 'CHECKED', :at)""")
                .param("institution", institutionId).param("by", createdBy).param("file", fileName)
                .param("total", rows.size()).param("valid", rows.stream().filter(ImportRow::valid).count())
                .param("at", at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (ImportRow row : rows) {
            jdbc.sql("""
                    insert into institution_import_row (import_id, row_no, name, phone, node_name, position, employee_no,
                        role, node_id, error)
                    values (:id, :rowNo, :name, :phone, :node, :position, :employeeNo, :role, :nodeId, :error)""")
                    .param("id", id).param("rowNo", row.rowNo()).param("name", cut(row.name(), 64))
                    .param("phone", cut(row.phone(), 32)).param("node", cut(row.nodeName(), 128))
                    .param("position", cut(row.position(), 64)).param("employeeNo", cut(row.employeeNo(), 64))
                    .param("role", cut(row.role(), 32)).param("nodeId", row.nodeId()).param("error", cut(row.error(), 200))
                    .update();
        }
        return id;
    }

    Optional<ImportJob> find(long id, long institutionId) {
        return jdbc.sql("""
                select id, file_name, total_rows, valid_rows, imported_rows, status from institution_import
                where id = :id and institution_id = :institution""")
                .param("id", id).param("institution", institutionId)
                .query((rs, n) -> new ImportJob(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6)))
                .optional();
    }

    List<ImportRow> rows(long importId, boolean valid) {
        return jdbc.sql("select row_no, name, phone, node_name, position, employee_no, role, node_id, error "
                        + "from institution_import_row where import_id = :id and error is " + (valid ? "null" : "not null")
                        + " order by row_no")
                .param("id", importId)
                .query((rs, n) -> {
                    long node = rs.getLong(8);
                    return new ImportRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.wasNull() ? null : node,
                            rs.getString(9));
                })
                .list();
    }

    /** Moves a checked job to RUNNING; false when someone started it already. */
    boolean start(long id) {
        return jdbc.sql("update institution_import set status = 'RUNNING' where id = :id and status = 'CHECKED'")
                .param("id", id).update() == 1;
    }

    void rowDone(long importId, int rowNo, String error) {
        if (error != null) {
            jdbc.sql("update institution_import_row set error = :error where import_id = :id and row_no = :row")
                    .param("error", cut(error, 200)).param("id", importId).param("row", rowNo).update();
        } else {
            jdbc.sql("update institution_import set imported_rows = imported_rows + 1 where id = :id")
                    .param("id", importId).update();
        }
    }

    void finish(long id) {
        jdbc.sql("update institution_import set status = 'DONE' where id = :id").param("id", id).update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** An import's progress. */
    record ImportJob(long id, String fileName, int totalRows, int validRows, int importedRows, String status) {

        public int percent() {
            return validRows == 0 ? 100 : Math.min(100, importedRows * 100 / validRows);
        }

        public boolean done() {
            return "DONE".equals(status);
        }

        public boolean checked() {
            return "CHECKED".equals(status);
        }
    }
}
