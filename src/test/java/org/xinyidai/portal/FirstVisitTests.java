package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinyidai.support.PlainVisitor;

/**
 * A first visit that opens a session (switching the language or the city) must not put the session id into the
 * page's links: the firewall refuses such URLs, so the page came without its stylesheet, and the id leaked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstVisitTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css[^\"]*)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=en", "/nosuch/page?lang=en", "/products?city=guangzhou"})
    void linksCarryNoSessionIdAndTheStylesheetLoads(String address) {
        PlainVisitor visitor = new PlainVisitor(port);
        HttpResponse<String> page = visitor.get(address);
        assertThat(page.body()).as(address).doesNotContainIgnoringCase("jsessionid");
        Matcher stylesheet = STYLESHEET.matcher(page.body());
        assertThat(stylesheet.find()).as(address).isTrue();
        assertThat(visitor.get(stylesheet.group(1)).statusCode()).as(stylesheet.group(1)).isEqualTo(200);
    }
}
