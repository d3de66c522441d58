package org.xinyidai.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.credit.data.RecordLayout;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.support.SignedIn;

/**
 * Credit data arrives by upload and by feed: good rows kept, bad rows reported with line and reason, a re-sent batch
 * changes nothing, a file or feed that is wrong as a whole changes nothing at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadKeepsTheGoodRowsReportsTheBadOnesAndAgainChangesNothing() throws Exception {
        String uscc = CreditFixtures.uscc();
        String file = CreditFixtures.csv(RecordLayout.header(CreditSource.PENALTY), List.of(
                CreditFixtures.penalty("U1-" + uscc, uscc, "2026-03-01", "5000", "一般"),
                CreditFixtures.penalty("U2-" + uscc, CreditFixtures.wrongCheck(uscc), "2026-03-01", "5000", "一般"),
                CreditFixtures.penalty("U3-" + uscc, uscc, "2026-04-01", "-3", "严重"),
                CreditFixtures.penalty("U4-" + uscc, uscc, "2026-05-01", "20000", "SERIOUS")));
        String page = upload("penalty", "penalties.csv", file);
        assertThat(page).contains("共 4 行：新增 2 条，更新 0 条，未变 0 条，未通过 2 行")
                .contains("统一社会信用代码校验位错误").contains("金额无效");
        assertThat(page).containsPattern("<td>3</td>\\s*<td[^>]*>U2-").containsPattern("<td>4</td>\\s*<td[^>]*>U3-");
        assertThat(records(uscc)).isEqualTo(2);

        assertThat(upload("penalty", "penalties.csv", file)).contains("新增 0 条，更新 0 条，未变 2 条，未通过 2 行");
        assertThat(records(uscc)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_operation where action = 'CREDIT_DATA_UPLOAD' and detail like :d")
                .param("d", "PENALTY penalties.csv%").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anExcelFileWorksLikeACsvOne() throws Exception {
        String uscc = CreditFixtures.uscc();
        List<String> header = RecordLayout.header(CreditSource.SOCIAL_INSURANCE);
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("SI-" + uscc);
            row.createCell(1).setCellValue(uscc);
            row.createCell(2).setCellValue("佛山市人力资源和社会保障局");
            row.createCell(3).setCellValue("2026-10");
            row.createCell(4).setCellValue(42);
            book.write(out);
            xlsx = out.toByteArray();
        }
        String page = mvc.perform(multipart("/admin/credit/data").file(new MockMultipartFile("file", "staff.xlsx",
                                MediaType.APPLICATION_OCTET_STREAM_VALUE, xlsx)).param("source", "social-insurance")
                        .with(as(admin())).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("新增 1 条");
        assertThat(jdbc.sql("select quantity from credit_record where uscc = :u").param("u", uscc)
                .query(Integer.class).single()).isEqualTo(42);
    }

    @Test
    void aFileWithoutTheSourcesColumnsIsRefusedAsAWhole() throws Exception {
        String uscc = CreditFixtures.uscc();
        String file = "source_record_id,uscc,amount\nX1," + uscc + ",5\n";
        String page = mvc.perform(multipart("/admin/credit/data").file(new MockMultipartFile("file", "wrong.csv",
                                "text/csv", file.getBytes(StandardCharsets.UTF_8))).param("source", "penalty")
                        .with(as(admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("文件缺少模板中的列：authority, decision_number");
        assertThat(records(uscc)).isZero();
    }

    @Test
    void eachSourceHasATemplateToDownload() throws Exception {
        String csv = mvc.perform(get("/admin/credit/templates/court-enforcement.csv").with(as(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("source_record_id,uscc,authority,case_number,amount,filed_on,closed_on");
        mvc.perform(get("/admin/credit/templates/taxes-paid.xlsx").with(as(admin()))).andExpect(status().isOk());
        mvc.perform(get("/admin/credit/templates/nothing.csv").with(as(admin()))).andExpect(status().isNotFound());
    }

    @Test
    void theFeedKeepsGoodRecordsReportsBadOnesAsAProblemAndIsIdempotent() throws Exception {
        String uscc = CreditFixtures.uscc();
        String batch = """
                {"batch": "ex-1", "records": [%s, %s, %s]}""".formatted(
                CreditFixtures.enforcementJson("F1-" + uscc, uscc, "120000.00", "2026-06-01"),
                CreditFixtures.enforcementJson("F2-" + uscc, uscc, "1.234", "2026-06-01"),
                CreditFixtures.enforcementJson("F3-" + uscc, uscc, "3000", "2026-07-01"));
        mvc.perform(feed("court-enforcement", batch))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.added").value(2))
                .andExpect(jsonPath("$.rejected[0].record").value(2))
                .andExpect(jsonPath("$.rejected[0].column").value("amount"))
                .andExpect(jsonPath("$.rejected[0].messageKey").value("credit.reject.amount"))
                .andExpect(jsonPath("$.detail").value("1 条记录未通过校验，其余 2 条已接收"));
        assertThat(records(uscc)).isEqualTo(2);

        String good = """
                {"batch": "ex-2", "records": [%s]}""".formatted(
                CreditFixtures.enforcementJson("F1-" + uscc, uscc, "120000.00", "2026-06-01"));
        mvc.perform(feed("court-enforcement", good)).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.unchanged").value(1));
        assertThat(records(uscc)).isEqualTo(2);
    }

    @Test
    void theFeedRefusesStrangersAndBatchesThatAreWrongAsAWhole() throws Exception {
        String body = """
                {"batch": "x", "records": [%s]}""".formatted(CreditFixtures.enforcementJson("S1", CreditFixtures.uscc(),
                "1", "2026-01-01"));
        mvc.perform(post("/api/credit/feed/court-enforcement").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/credit/feed/court-enforcement").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Authorization", "Bearer not-the-token-of-anyone-at-all-here"))
                .andExpect(status().isUnauthorized());
        mvc.perform(feed("no-such-source", body)).andExpect(status().isNotFound());
        mvc.perform(feed("court-enforcement", "{\"batch\": \"x\", \"records\": [")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON 批次"));
        mvc.perform(feed("court-enforcement", "{\"batch\": \"x\", \"records\": []}")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyThePlatformAdminUploads() throws Exception {
        CurrentUser enterprise = SignedIn.demoAccount(jdbc, "13900000001");
        mvc.perform(get("/admin/credit/data").with(as(enterprise))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder feed(String source, String body) {
        return post("/api/credit/feed/" + source).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Authorization", "Bearer " + CreditFixtures.FEED_TOKEN);
    }

    private String upload(String source, String name, String file) throws Exception {
        String location = mvc.perform(multipart("/admin/credit/data").file(new MockMultipartFile("file", name,
                                "text/csv", file.getBytes(StandardCharsets.UTF_8))).param("source", source)
                        .with(as(admin())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return mvc.perform(get(location).with(as(admin()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long records(String uscc) {
        return jdbc.sql("select count(*) from credit_record where uscc = :u").param("u", uscc).query(Long.class).single();
    }

    private CurrentUser admin() {
        return SignedIn.demoAccount(jdbc, "13800000001");
    }
}
