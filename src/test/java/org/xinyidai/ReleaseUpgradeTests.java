package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database created by the first release (its migrations exactly as shipped at 0346e46, flat in
 * src/test/resources/db/release-1/) upgrades to this build with the production Flyway settings: validation on,
 * nothing out of order. Every migration added since is applied and the release's rows survive. Always on H2 (the
 * production URL options, in memory); with the postgres test profile also on PostgreSQL, in a database of its own
 * named after the test database with "_old" appended.
 */
class ReleaseUpgradeTests {

    static final String RELEASE_1 = "classpath:db/release-1/";
    static final double LAST_VERSION_OF_RELEASE_1 = 60;

    @Test
    void aDatabaseOfTheFirstReleaseMigratesForwardAndKeepsItsRows() throws Exception {
        List<Target> targets = new ArrayList<>(List.of(h2()));
        if (System.getProperty("spring.profiles.active", "").contains("postgres")) {
            targets.add(freshPostgres());
        }
        for (Target target : targets) {
            upgrade(target);
        }
    }

    private void upgrade(Target target) throws IOException {
        JdbcClient jdbc = JdbcClient.create(target.dataSource());
        Flyway.configure().dataSource(target.dataSource())
                .locations(RELEASE_1 + "common", RELEASE_1 + target.vendor()).load().migrate();
        long newestOpen = insertRowsOfTheFirstRelease(jdbc);

        MigrateResult result = Flyway.configure().dataSource(target.dataSource())
                .locations(productionLocations(target.vendor())).validateOnMigrate(true).outOfOrder(false)
                .load().migrate();

        assertThat(result.success).as(target.vendor()).isTrue();
        List<String> applied = jdbc.sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class).list();
        assertThat(applied.stream().filter(v -> Double.parseDouble(v) > LAST_VERSION_OF_RELEASE_1))
                .as("migrations added since the first release, applied on %s", target.vendor())
                .containsExactlyInAnyOrderElementsOf(versionsAddedSinceTheFirstRelease(target.vendor()));
        assertThat(jdbc.sql("select name from site_site where code = 'upgrade'").query(String.class).single())
                .isEqualTo("升级测试站");
        assertThat(jdbc.sql("select display_name from identity_account where phone = '13900000066'")
                .query(String.class).single()).isEqualTo("升级前的用户");
        assertThat(jdbc.sql("select count(*) from financing_order where enterprise_id = 9066").query(Long.class).single())
                .isEqualTo(4);

        // V66: of two open applications for one product only the newest holds the key; closed and dispatched
        // orders hold none, and a third open application for the product is refused by the database.
        assertThat(jdbc.sql("select id, open_key from financing_order where enterprise_id = 9066 and open_key is not null")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list())
                .containsExactly(Map.entry(newestOpen, "9066:7066"));
        assertThatThrownBy(() -> insertOrder(jdbc, 7066L, "ONLINE", "SUBMITTED", "9066:7066"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** A site, an account and four orders of one enterprise for one product; answers the newest open order's id. */
    private static long insertRowsOfTheFirstRelease(JdbcClient jdbc) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into site_site (code, name, name_en, region_code, created_at) values ('upgrade', '升级测试站', "
                + "'Upgrade', '440600', :now)").param("now", now).update();
        jdbc.sql("insert into identity_account (phone, display_name, role, status, site_code, created_at) values "
                + "('13900000066', '升级前的用户', 'ENTERPRISE', 'ACTIVE', 'upgrade', :now)").param("now", now).update();
        insertOrder(jdbc, 7066L, "ONLINE", "SUBMITTED", null);
        insertOrder(jdbc, 7066L, "ONLINE", "WITHDRAWN", null);
        long newest = insertOrder(jdbc, 7066L, "ONLINE", "ACCEPTED", null);
        insertOrder(jdbc, 7066L, "DISPATCH", "SUBMITTED", null);
        return newest;
    }

    private static long insertOrder(JdbcClient jdbc, Long product, String channel, String status, String openKey) {
        LocalDateTime at = LocalDateTime.now();
        String keyColumn = openKey == null ? "" : ", open_key";
        String keyValue = openKey == null ? "" : ", :key";
        var insert = jdbc.sql("""
                insert into financing_order (site_code, enterprise_id, enterprise_name, enterprise_region,
                    applicant_account, contact_name, contact_phone, institution_id, node_id, node_path, product_id,
                    product_name, channel, amount, term_months, purpose, status, submitted_at, updated_at%s)
                values ('upgrade', 9066, '升级测试企业', '440604', 1, '张三', '13900000066', 1, 1, '/1/', :product,
                    '升级测试产品', :channel, 1000000, 12, '采购', :status, :at, :at%s)""".formatted(keyColumn, keyValue))
                .param("product", product).param("channel", channel).param("status", status).param("at", at);
        if (openKey != null) {
            insert = insert.param("key", openKey);
        }
        insert.update();
        return jdbc.sql("select max(id) from financing_order").query(Long.class).single();
    }

    /** spring.flyway.locations of application.yml, with {vendor} as Spring Boot fills it in. */
    private static String[] productionLocations(String vendor) {
        return application().getProperty("spring.flyway.locations").replace("{vendor}", vendor).split(",");
    }

    /** The new migrations this database runs: the portable ones and its own vendor's. */
    private static List<String> versionsAddedSinceTheFirstRelease(String vendor) throws IOException {
        try (Stream<String> files = MigrationLayoutTests.migrationFiles().stream()) {
            return files.filter(f -> f.startsWith("common/") || f.startsWith(vendor + "/")).map(f -> f.substring(f.lastIndexOf('/') + 2, f.indexOf("__")).replace('_', '.'))
                    .filter(v -> Double.parseDouble(v) > LAST_VERSION_OF_RELEASE_1).toList();
        }
    }

    /** An in-memory H2 database with the production URL's compatibility options. */
    private static Target h2() {
        String production = application().getProperty("spring.datasource.url");
        String options = production.substring(production.indexOf(';'));
        return new Target("h2", new DriverManagerDataSource(
                "jdbc:h2:mem:release-1-" + UUID.randomUUID() + options + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** An empty PostgreSQL database beside the test database (XYD_DB_URL), dropped first if a run left it. */
    private static Target freshPostgres() throws SQLException {
        String testUrl = System.getenv().getOrDefault("XYD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/xinyidai_test");
        String user = System.getenv().getOrDefault("XYD_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("XYD_DB_PASSWORD", "");
        String base = testUrl.replaceFirst("\\?.*$", "");
        String server = base.substring(0, base.lastIndexOf('/') + 1);
        String database = base.substring(base.lastIndexOf('/') + 1) + "_old";
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database);
            sql.execute("create database " + database);
        }
        return new Target("postgresql", new DriverManagerDataSource(server + database, user, password));
    }

    private static Properties application() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }

    record Target(String vendor, DataSource dataSource) {
    }
}
