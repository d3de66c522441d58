package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.xinyidai.enterprise.FaceVerification;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.shared.PhoneNumber;

/**
 * The application as an operator starts it: the {@code postgres} profile alone, secrets from the environment,
 * none of the test configuration. It starts clean with real secrets (and behind a TLS proxy marks its cookie
 * Secure, sends HSTS and never echoes a forged Host into redirects) and refuses to start with the development
 * ones. (Runs in both CI runs: PostgreSQL is always there; it uses a database of its own.)
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

    static final String CODE_SECRET = "k3Wq9Zr2YpLxV7nB4tHcJ8mF6sD1gA5eQ0uR-code";
    static final String FORM_SECRET = "pN8vC2xZ7bM4kL1jH6gF3dS9aQ5wE0rT-form-secret";
    static final String ID_KEY = "q4vY8H2m0cZQ6Yc8nJ5Xb7bq0s9u3R1hW4eT6yU8iO0=";

    @Test
    void startsWithoutDemoDataOutboxOrSimulatedFaceCheckAndIsSafeBehindATlsProxy(CapturedOutput output)
            throws Exception {
        String url = freshDatabase();
        List<String> args = new ArrayList<>(production(url));
        args.add("--XYD_FORWARD_HEADERS=native");
        try (ConfigurableApplicationContext app = start(args)) {
            assertThat(app.getBean(AccountAdministration.class).findIdByPhone(new PhoneNumber("13900000001")))
                    .as("no demo enterprise user").isEmpty();
            assertThat(app.getBean(AccountAdministration.class).findIdByPhone(new PhoneNumber("13800000001")))
                    .as("no demo admin").isEmpty();
            assertThat(app.getBeanProvider(FaceVerification.class).getIfAvailable()).as("no simulated face check").isNull();
            assertThat(get(app, "/dev/sms").statusCode()).isEqualTo(404);
            HttpResponse<String> login = get(app, "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).doesNotContain("data-testid=\"demo-banner\"");

            RawResponse plain = raw(app, "/login", "localhost");
            assertThat(plain.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
            assertThat(plain.header("Set-Cookie")).contains("JSESSIONID").doesNotContainIgnoringCase("secure");
            RawResponse proxied = raw(app, "/login", "localhost", "X-Forwarded-Proto: https");
            assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=31536000");
            assertThat(proxied.header("Set-Cookie")).contains("JSESSIONID").containsIgnoringCase("; Secure");

            for (String path : List.of("/enterprise", "/login/verify")) {
                RawResponse forged = raw(app, path, "evil.example");
                assertThat(forged.status()).as(path).isEqualTo(302);
                assertThat(forged.header("Location")).as(path).startsWith("/login").doesNotContain("evil.example");
            }
        }
        assertThat(output).doesNotContain("Using generated security password");
    }

    @Test
    void demoDataSwitchedOnOutsideDevWarnsOnEveryPage() throws Exception {
        List<String> args = new ArrayList<>(production("unused"));
        args.set(0, "--spring.profiles.active=default");
        args.add("--spring.datasource.url=jdbc:h2:mem:xinyidai-demo-outside-dev;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        args.add("--XYD_DEMO_DATA=true");
        try (ConfigurableApplicationContext app = start(args)) {
            assertThat(app.getBean(AccountAdministration.class).findIdByPhone(new PhoneNumber("13900000001"))).isPresent();
            for (String page : List.of("/", "/login", "/products")) {
                assertThat(get(app, page).body()).as(page).contains("data-testid=\"demo-banner\"").contains("演示数据已开启");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "XYD_CODE_SECRET, xinyidai-local-development-secret, xyd.identity.code-secret",
            "XYD_CODE_SECRET, '', xyd.identity.code-secret",
            "XYD_CODE_SECRET, too-short, xyd.identity.code-secret",
            "XYD_FORM_SECRET, xinyidai-local-form-secret, xyd.portal.form-secret",
            "XYD_FORM_SECRET, '', xyd.portal.form-secret",
            "XYD_ID_ENCRYPTION_KEY, eGlueWlkYWktZGV2LW9ubHktaWQta2V5LTMyYnl0ZXM=, xyd.enterprise.id-encryption-key",
            "XYD_ID_ENCRYPTION_KEY, '', xyd.enterprise.id-encryption-key",
            "XYD_ID_ENCRYPTION_KEY, bm90LTMyLWJ5dGVz, xyd.enterprise.id-encryption-key"})
    void refusesToStartWithADevelopmentOrMissingSecret(String variable, String value, String setting) {
        List<String> args = new ArrayList<>(production("jdbc:postgresql://127.0.0.1:1/never-reached"));
        args.removeIf(arg -> arg.startsWith("--" + variable + "="));
        args.add("--" + variable + "=" + value);
        assertThatThrownBy(() -> start(args).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(setting)
                .hasMessageContaining(variable)
                .hasMessageNotContaining(otherSettings(setting));
    }

    @ParameterizedTest
    @CsvSource({"xyd.identity.sms.dev-outbox", "xyd.enterprise.face.simulated"})
    void refusesToStartWithADevelopmentAidSwitchedOn(String setting) {
        List<String> args = new ArrayList<>(production("jdbc:postgresql://127.0.0.1:1/never-reached"));
        args.add("--" + setting + "=true");
        assertThatThrownBy(() -> start(args).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(setting + " is on outside the dev profile");
    }

    /** Only the setting under test is named: the good secrets beside it pass. */
    private static String otherSettings(String setting) {
        return Arrays.stream(new String[] {"xyd.identity.code-secret", "xyd.portal.form-secret",
                "xyd.enterprise.id-encryption-key"}).filter(s -> !s.equals(setting)).findFirst().orElseThrow();
    }

    /**
     * The production command line: the postgres profile (the test run's "dev" system property is overridden),
     * only the application's own configuration files, and the secrets as the environment variables name them.
     */
    private static List<String> production(String databaseUrl) {
        return List.of("--spring.profiles.active=postgres", "--spring.config.location=classpath:/",
                "--XYD_DB_URL=" + databaseUrl, "--server.port=0", "--XYD_CODE_SECRET=" + CODE_SECRET,
                "--XYD_FORM_SECRET=" + FORM_SECRET, "--XYD_ID_ENCRYPTION_KEY=" + ID_KEY,
                "--spring.main.banner-mode=off");
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        return new SpringApplicationBuilder(XinyidaiApplication.class).run(args.toArray(String[]::new));
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One request over a plain socket: HttpClient will not send a forged Host header. */
    private static RawResponse raw(ConfigurableApplicationContext app, String path, String host, String... headers)
            throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new RawResponse(response.substring(0, response.indexOf("\r\n\r\n")));
        }
    }

    record RawResponse(String head) {

        int status() {
            return Integer.parseInt(head.split(" ")[1]);
        }

        String header(String name) {
            return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }

    /** An empty database beside the test database (same server), so no other test's demo data is in it. */
    private static String freshDatabase() throws Exception {
        String testUrl = System.getenv().getOrDefault("XYD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/xinyidai_test");
        String server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        String name = testUrl.substring(testUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_prod";
        try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return server + name;
    }
}
