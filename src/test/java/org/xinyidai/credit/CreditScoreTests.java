package org.xinyidai.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.financing.FinancingFixtures;
import org.xinyidai.financing.order.Applications;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.admission.AdmissionCheck;
import org.xinyidai.shared.admission.AdmissionCheck.Outcome;
import org.xinyidai.support.SignedIn;

/**
 * 我的信用: the enterprise sees its score as the sum of the points shown, the reasons and what would raise it; a new
 * record scores it again through the event; products' credit conditions are now checked, not unknown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditScoreTests {

    private static final Pattern LINE_POINTS = Pattern.compile("data-testid=\"line-points\">(\\d+)<");
    private static final Pattern TOTAL = Pattern.compile("data-testid=\"total\">(\\d+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IngestService ingest;
    @Autowired
    FinancingFixtures financing;
    @Autowired
    EnterpriseApi enterprises;
    @Autowired
    Applications applications;

    @Test
    void theEnterpriseSeesItsScoreAsTheSumOfItsPointsWithReasonsAndWhatWouldRaiseIt() throws Exception {
        CurrentUser user = financing.enterprise("440604");
        String uscc = enterprises.current(user.accountId()).orElseThrow().uscc();
        send(CreditSource.ABNORMAL_OPERATION, row("AB-" + uscc, uscc, "reason", "未按规定报送年度报告", "listed_on", "2026-05-10"));
        String page = awaitScored(user);
        assertThat(page).contains("被列入经营异常名录，扣 70 分").contains("解除经营异常名录可增加约 45 分");
        int sum = 0;
        Matcher lines = LINE_POINTS.matcher(page);
        while (lines.find()) {
            sum += Integer.parseInt(lines.group(1));
        }
        Matcher total = TOTAL.matcher(page);
        assertThat(total.find()).isTrue();
        assertThat(sum).isEqualTo(Integer.parseInt(total.group(1)));
        assertThat(page).contains("data-testid=\"score\">" + sum + "<");
    }

    /** An open case counts twice: 100 points (no case) fall to 30. */
    @Test
    void aNewCourtEnforcementRecordLowersTheScoreThroughTheEvent() {
        CurrentUser user = financing.enterprise("440605");
        String uscc = enterprises.current(user.accountId()).orElseThrow().uscc();
        send(CreditSource.TAX_GRADE, row("TG-" + uscc, uscc, "year", "2025", "grade", "A", "published_on", "2026-04-20"));
        int before = awaitScore(uscc, s -> true);
        send(CreditSource.COURT_ENFORCEMENT, row("CE-" + uscc, uscc, "case_number", "（2026）粤0605执1号",
                "amount", "80000", "filed_on", "2026-11-01"));
        assertThat(awaitScore(uscc, s -> s < before)).isEqualTo(before - 70);
    }

    @Test
    void productsCreditConditionsAreCheckedNow() {
        CurrentUser listed = financing.enterprise("440604");
        EnterpriseSummary enterprise = enterprises.current(listed.accountId()).orElseThrow();
        String uscc = enterprise.uscc();
        var product = applications.product(enterprise, financing.productId(FinancingFixtures.TAX_LOAN)).orElseThrow();
        assertThat(outcome(enterprise, product, "taxGrade")).isEqualTo(Outcome.UNKNOWN);

        send(CreditSource.TAX_GRADE, row("TGC-" + uscc, uscc, "year", "2025", "grade", "C", "published_on", "2026-04-20"));
        send(CreditSource.DISHONESTY, row("DL-" + uscc, uscc, "list", "失信被执行人", "listed_on", "2026-06-01"));
        assertThat(outcome(enterprise, product, "taxGrade")).isEqualTo(Outcome.FAIL);

        CurrentUser good = financing.enterprise("440604");
        EnterpriseSummary other = enterprises.current(good.accountId()).orElseThrow();
        send(CreditSource.TAX_GRADE, row("TGA-" + other.uscc(), other.uscc(), "year", "2025", "grade", "B",
                "published_on", "2026-04-20"));
        assertThat(outcome(other, product, "taxGrade")).isEqualTo(Outcome.PASS);
        assertThat(outcome(other, product, "dishonesty")).isIn(Outcome.PASS, null);
    }

    @Test
    void anEnterpriseWithoutRecordsIsToldThereIsNoScoreYet() throws Exception {
        CurrentUser user = financing.enterprise("440606");
        assertThat(mvc.perform(get("/enterprise/credit").with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("暂无评分");
        mvc.perform(get("/enterprise/credit").with(as(SignedIn.demoAccount(jdbc, "13800000001"))))
                .andExpect(status().isForbidden());
    }

    private Outcome outcome(EnterpriseSummary enterprise, org.xinyidai.product.ProductSummary product, String condition) {
        return applications.admission(enterprise, product).stream().filter(c -> c.condition().equals(condition))
                .map(AdmissionCheck::outcome).findFirst().orElse(null);
    }

    private String awaitScored(CurrentUser user) throws Exception {
        String[] page = new String[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            page[0] = mvc.perform(get("/enterprise/credit").with(as(user))).andReturn().getResponse().getContentAsString();
            return page[0].contains("data-testid=\"total\"");
        });
        return page[0];
    }

    private int awaitScore(String uscc, java.util.function.IntPredicate until) {
        int[] score = new int[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<Integer> found = jdbc.sql("select score from credit_score where uscc = :u").param("u", uscc)
                    .query(Integer.class).list();
            if (found.isEmpty()) {
                return false;
            }
            score[0] = found.get(0);
            return until.test(score[0]);
        });
        return score[0];
    }

    private void send(CreditSource source, RawRow row) {
        assertThat(ingest.ingest(source, Channel.FEED, "test", null, List.of(row)).rejected()).isZero();
    }

    private static RawRow row(String id, String uscc, String... pairs) {
        Map<String, String> values = new HashMap<>();
        values.put("source_record_id", id);
        values.put("uscc", uscc);
        values.put("authority", "佛山市有关部门");
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new RawRow(2, values);
    }
}
