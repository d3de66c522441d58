package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinyidai.support.PlainVisitor;

/**
 * What a person sees when a request goes wrong, on the real server (MockMvc does not forward to /error):
 * always the site's own page in their language with the right status, never Spring's Whitelabel page or JSON;
 * under /api an RFC 9457 problem instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/products?amount=10万        | 400 | 请求有误",
            "/products?page=abc           | 400 | 请求有误",
            "/products?term=12.5&sort=BAD | 400 | 请求有误",
            "/products/abc                | 404 | 页面不存在",
            "/products/99999999           | 404 | 页面不存在",
            "/help?q=a%00b                | 400 | 请求有误",
            "/sms/send                    | 405 | 不支持该操作"})
    void badAddressesAnswerTheSitesOwnPage(String address, int status, String title) {
        HttpResponse<String> answer = new PlainVisitor(port).get(address.replace("10万", "10%E4%B8%87"));
        assertThat(answer.statusCode()).isEqualTo(status);
        assertSitePage(answer, title);
    }

    @Test
    void theErrorPageSpeaksTheVisitorsLanguage() {
        HttpResponse<String> answer = new PlainVisitor(port).get("/products?page=abc", "Cookie", "xyd-lang=en");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertSitePage(answer, "Bad request");
        assertThat(answer.body()).doesNotContain("请求有误");
    }

    /** htmx (and curl) accept anything: they still get the page, not Spring's JSON. */
    @Test
    void aRequestAcceptingAnythingGetsThePageNotJson() {
        HttpResponse<String> answer = new PlainVisitor(port).get("/products?amount=abc", "Accept", "*/*",
                "HX-Request", "true");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertSitePage(answer, "请求有误");
    }

    @Test
    void anAnonymousVisitorGetsThe404PageForAnUnknownAddressAndTheLoginForAKnownOne() {
        PlainVisitor visitor = new PlainVisitor(port);
        HttpResponse<String> unknown = visitor.get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertSitePage(unknown, "页面不存在");
        assertThat(visitor.get("/enterprise/no/such/page").statusCode()).isEqualTo(404);

        HttpResponse<String> known = visitor.get("/enterprise/orders");
        assertThat(known.statusCode()).isEqualTo(302);
        assertThat(known.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(visitor.get("/enterprise/orders/123").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aSignedInEnterpriseGetsThe400PageForABadFilterAndABadVersion() {
        PlainVisitor enterprise = new PlainVisitor(port);
        enterprise.signIn("13900000001", "Xyd@2026");
        HttpResponse<String> filter = enterprise.get("/enterprise/orders?status=BAD");
        assertThat(filter.statusCode()).isEqualTo(400);
        assertSitePage(filter, "请求有误");
        assertThat(filter.body()).contains("工作台");

        HttpResponse<String> withdraw = enterprise.post("/enterprise/orders/1/withdraw", Map.of("version", "abc"));
        assertThat(withdraw.statusCode()).isEqualTo(400);
        assertSitePage(withdraw, "请求有误");
        assertThat(enterprise.get("/enterprise/orders/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiAnswersProblemsNotPages() {
        HttpResponse<String> answer = new PlainVisitor(port).get("/api/v1/nothing-here", "Accept", "application/json");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":404").doesNotContain("<html");
    }

    private static void assertSitePage(HttpResponse<String> answer, String title) {
        assertThat(answer.body()).contains(title).contains("xyd-error")
                .doesNotContain("Whitelabel").doesNotContain("\"timestamp\"");
    }
}
