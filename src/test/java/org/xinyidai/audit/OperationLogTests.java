package org.xinyidai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class OperationLogTests {

    private static final Pattern CHANGES_AUDIT_ROWS =
            Pattern.compile("(?is)(update\\s+audit_operation|delete\\s+from\\s+audit_operation|truncate\\s+(table\\s+)?audit_operation)");

    @Autowired
    OperationLog operationLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void recordsWhoDidWhatToWhichRecordAndTheResult() {
        String marker = "op-" + System.nanoTime();
        operationLog.record(Operation.failed(42L, "张三 (138****0000)", "INST_ADMIN", "TEST_ACTION", marker)
                .on("order", 7));
        var row = jdbc.sql("select actor_id, actor_name, actor_role, action, target_type, target_id, result, occurred_at "
                        + "from audit_operation where detail = :marker")
                .param("marker", marker).query().singleRow();
        assertThat(row.get("actor_id")).isEqualTo(42L);
        assertThat(row.get("actor_name")).isEqualTo("张三 (138****0000)");
        assertThat(row.get("action")).isEqualTo("TEST_ACTION");
        assertThat(row.get("target_type")).isEqualTo("order");
        assertThat(row.get("target_id")).isEqualTo("7");
        assertThat(row.get("result")).isEqualTo("FAILURE");
        assertThat(row.get("occurred_at")).isNotNull();
    }

    @Test
    void noApplicationCodeChangesOrRemovesAuditRows() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql") && !f.toString().contains("append_only"))
                    .filter(f -> CHANGES_AUDIT_ROWS.matcher(read(f)).find())
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void onPostgresqlTheDatabaseItselfRefusesToChangeAnAuditRow() throws Exception {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        assumeTrue(product.toLowerCase().contains("postgres"), "the append-only trigger is PostgreSQL tuning");
        operationLog.record(Operation.succeeded(1L, "x", null, "TEST_APPEND_ONLY"));
        assertThatThrownBy(() -> jdbc.sql("update audit_operation set actor_name = 'y' where action = 'TEST_APPEND_ONLY'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_operation where action = 'TEST_APPEND_ONLY'").update())
                .hasMessageContaining("append-only");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
