package org.xinyidai.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.time.Duration;
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
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.financing.FinancingFixtures;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.support.SignedIn;

/**
 * 异议: an enterprise objects to its own record only (another's answers 404); the admin upholds with a correction
 * (the record is replaced, the score computed again) or dismisses; a decided objection cannot be decided again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ObjectionTests {

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

    @Test
    void anUpheldObjectionWithACorrectionReplacesTheRecordAndRaisesTheScore() throws Exception {
        CurrentUser user = financing.enterprise("440604");
        String uscc = enterprises.current(user.accountId()).orElseThrow().uscc();
        long record = abnormalListing(uscc);
        int before = awaitScore(uscc, s -> true);

        mvc.perform(post("/enterprise/credit/records/" + record + "/objection").param("reason", "  ")
                        .with(as(user)).with(csrf()))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("请填写异议理由"));
        mvc.perform(post("/enterprise/credit/records/" + record + "/objection").param("reason", "已于2026年6月补报年报并移出")
                .with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/enterprise/credit/records/" + record + "/objection").param("reason", "再次提出")
                        .with(as(user)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("该记录已有待审核的异议"));
        long objection = jdbc.sql("select id from credit_objection where record_id = :r").param("r", record)
                .query(Long.class).single();

        CurrentUser admin = SignedIn.demoAccount(jdbc, "13800000001");
        assertThat(mvc.perform(get("/admin/credit/objections").with(as(admin))).andReturn().getResponse()
                .getContentAsString()).contains("已于2026年6月补报年报并移出");
        mvc.perform(post("/admin/credit/objections/" + objection).param("version", "0").param("upheld", "true")
                        .param("result", "经核实已移出，更正移出日期").param("correctedEnd", "2026-05-01")
                        .with(as(admin)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("结束日期早于开始日期"));
        mvc.perform(post("/admin/credit/objections/" + objection).param("version", "0").param("upheld", "true")
                        .param("result", "经核实已移出，更正移出日期").param("correctedEnd", "2026-06-15")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from credit_record where id = :r and removed_at is not null")
                .param("r", record).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select end_date from credit_record where uscc = :u and source = 'ABNORMAL_OPERATION'"
                + " and removed_at is null").param("u", uscc).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(2026, 6, 15));
        assertThat(awaitScore(uscc, s -> s > before)).isEqualTo(before + 45);
        assertThat(mvc.perform(get("/enterprise/credit").with(as(user))).andReturn().getResponse().getContentAsString())
                .contains("异议成立").contains("经核实已移出，更正移出日期");

        mvc.perform(post("/admin/credit/objections/" + objection).param("version", "1").param("upheld", "false")
                        .param("result", "再审").with(as(admin)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("该异议已由他人审核"));
    }

    @Test
    void anotherEnterprisesRecordIsNotFoundAndADismissalKeepsTheRecord() throws Exception {
        CurrentUser owner = financing.enterprise("440605");
        CurrentUser stranger = financing.enterprise("440605");
        String uscc = enterprises.current(owner.accountId()).orElseThrow().uscc();
        long record = abnormalListing(uscc);
        mvc.perform(get("/enterprise/credit/records/" + record + "/objection").with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprise/credit/records/" + record + "/objection").param("reason", "不是我的")
                .with(as(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/enterprise/credit/records/" + record + "/objection").with(as(owner)))
                .andExpect(status().isOk());
        mvc.perform(post("/enterprise/credit/records/" + record + "/objection").param("reason", "有误")
                .with(as(owner)).with(csrf())).andExpect(status().is3xxRedirection());
        long objection = jdbc.sql("select id from credit_objection where record_id = :r").param("r", record)
                .query(Long.class).single();
        CurrentUser admin = SignedIn.demoAccount(jdbc, "13800000001");
        mvc.perform(post("/admin/credit/objections/" + objection).param("version", "0").param("upheld", "false")
                .param("result", "记录与登记机关信息一致").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from credit_record where id = :r and removed_at is null")
                .param("r", record).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/credit/objections/" + objection).with(as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/credit/objections/999999999").with(as(admin))).andExpect(status().isNotFound());
    }

    private long abnormalListing(String uscc) {
        ingest.ingest(CreditSource.ABNORMAL_OPERATION, Channel.FEED, "objection", null, List.of(new RawRow(1, Map.of(
                "source_record_id", "OB-" + uscc, "uscc", uscc, "authority", "佛山市市场监督管理局",
                "reason", "未按规定报送年度报告", "listed_on", "2026-05-10"))));
        return jdbc.sql("select id from credit_record where source_record_id = :id").param("id", "OB-" + uscc)
                .query(Long.class).single();
    }

    private int awaitScore(String uscc, java.util.function.IntPredicate until) {
        int[] score = new int[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<Integer> found = jdbc.sql("select score from credit_score where uscc = :u").param("u", uscc)
                    .query(Integer.class).list();
            score[0] = found.isEmpty() ? -1 : found.get(0);
            return !found.isEmpty() && until.test(score[0]);
        });
        return score[0];
    }
}
