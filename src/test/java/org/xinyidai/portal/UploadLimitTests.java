package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinyidai.support.PlainVisitor;

/**
 * An upload over the 10 MB limit, sent for real (Tomcat enforces the limit, MockMvc does not): the visitor gets
 * the form back with 文件不能超过 10 MB, the log no stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UploadLimitTests {

    private static final byte[] ELEVEN_MEGABYTES = new byte[11 * 1024 * 1024];

    @LocalServerPort
    int port;

    @Test
    void anOversizedLogoBringsTheOnboardingFormBackWithTheLimit(CapturedOutput log) {
        PlainVisitor visitor = new PlainVisitor(port);
        visitor.get("/onboarding");
        HttpResponse<String> answer = visitor.upload("/onboarding", "/onboarding", Map.of("fullName", "超大文件测试银行"),
                "logo", "logo.png", ELEVEN_MEGABYTES);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/onboarding");
        HttpResponse<String> form = visitor.get("/onboarding");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("文件不能超过 10 MB").contains("name=\"fullName\"");
        assertThat(visitor.get("/onboarding").body()).as("said once").doesNotContain("文件不能超过");
        assertThat(log.getAll()).doesNotContain("SizeLimitExceededException").doesNotContain("Payload Too Large");
    }

    @Test
    void theMessageIsInTheVisitorsLanguage() {
        PlainVisitor visitor = new PlainVisitor(port);
        visitor.get("/onboarding?lang=en");
        HttpResponse<String> answer = visitor.upload("/onboarding", "/onboarding", Map.of(), "logo", "logo.png",
                ELEVEN_MEGABYTES);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(visitor.get("/onboarding").body()).contains("The file must not exceed 10 MB");
    }
}
