package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The test DataSource refuses a query nested in another query's row mapper, the shape that stalled /products. */
@SpringBootTest
class ConnectionGuardTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aQueryInsideARowMapperFailsWithAMessageNamingTheProblem() {
        assertThatThrownBy(() -> jdbc.sql("select code from site_site").query((rs, n) ->
                        jdbc.sql("select count(*) from site_district where site_code = :code")
                                .param("code", rs.getString(1)).query(Long.class).single()).list())
                .hasStackTraceContaining("asked for a second database connection while holding one");
    }

    @Test
    void queriesOneAfterTheOtherAndNestedQueriesInOneTransactionShareAConnection() {
        List<String> codes = jdbc.sql("select code from site_site order by code").query(String.class).list();
        assertThat(codes).contains("foshan", "guangzhou");
        List<Long> districts = transactions.execute(status -> jdbc.sql("select code from site_site order by code")
                .query((rs, n) -> jdbc.sql("select count(*) from site_district where site_code = :code")
                        .param("code", rs.getString(1)).query(Long.class).single())
                .list());
        assertThat(districts).hasSize(codes.size()).allMatch(count -> count >= 0);
    }
}
