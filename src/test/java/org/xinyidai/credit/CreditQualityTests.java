package org.xinyidai.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;
import org.xinyidai.credit.quality.DataQuality;
import org.xinyidai.credit.quality.QualityReport;
import org.xinyidai.support.SignedIn;

/** The quality figures follow what arrives: a rule fails when a record breaks it; only the platform admin reads them. */
@SpringBootTest
@AutoConfigureMockMvc
class CreditQualityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IngestService ingest;
    @Autowired
    DataQuality quality;

    @Test
    void aRecordBreakingARuleShowsAsItsFailureAndRejectionsCountByReason() {
        long before = failing("ENFORCEMENT_WITHOUT_AMOUNT");
        long rejectedBefore = rejected(CreditSource.COURT_ENFORCEMENT);
        String uscc = CreditFixtures.uscc();
        ingest.ingest(CreditSource.COURT_ENFORCEMENT, Channel.FEED, "quality", null, List.of(
                new RawRow(1, Map.of("source_record_id", "Q1-" + uscc, "uscc", uscc, "authority", "法院",
                        "case_number", "（2026）粤0604执9号", "amount", "0", "filed_on", "2026-10-01")),
                new RawRow(2, Map.of("source_record_id", "Q2-" + uscc, "uscc", uscc.substring(0, 17) + "?",
                        "authority", "法院", "case_number", "x", "amount", "1", "filed_on", "2026-10-01"))));
        assertThat(failing("ENFORCEMENT_WITHOUT_AMOUNT")).isEqualTo(before + 1);
        assertThat(rejected(CreditSource.COURT_ENFORCEMENT)).isEqualTo(rejectedBefore + 1);
        QualityReport.SourceFigures figures = quality.report().sources().stream()
                .filter(s -> s.source() == CreditSource.COURT_ENFORCEMENT).findFirst().orElseThrow();
        assertThat(figures.lastReceived()).isNotNull();
        assertThat(figures.stale()).isFalse();
    }

    @Test
    void onlyThePlatformAdminReadsIt() throws Exception {
        mvc.perform(get("/admin/credit/quality").with(as(SignedIn.demoAccount(jdbc, "13900000001"))))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/admin/credit/quality").with(as(SignedIn.demoAccount(jdbc, "13800000001"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("质量规则");
    }

    private long failing(String rule) {
        return quality.report().rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow().failing();
    }

    private long rejected(CreditSource source) {
        return quality.report().sources().stream().filter(s -> s.source() == source).findFirst().orElseThrow().rejected();
    }
}
