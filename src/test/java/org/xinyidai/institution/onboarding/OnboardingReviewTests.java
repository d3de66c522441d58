package org.xinyidai.institution.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.shared.PhoneNumber;
/**
 * The platform admin's review of onboarding applications: only that role reaches it; approval opens the
 * institution and its HQ admin once; a rejection carries its reason to the applicant.
 */
class OnboardingReviewTests extends OnboardingTestSupport {

    @Test
    void onlyThePlatformAdminReachesTheReviewPages() throws Exception {
        long id = submit(uniqueName(), newPhone());
        for (Role role : List.of(Role.ENTERPRISE, Role.INST_HQ_ADMIN, Role.ADVISOR)) {
            var user = as(role);
            mvc.perform(get("/admin/onboarding").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/onboarding/" + id + "/logo").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/onboarding/" + id + "/approve").with(user).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/onboarding")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/onboarding").with(as(Role.PLATFORM_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OnboardingApplication.number(id))));
    }

    @Test
    void theListMasksMobilesAndFiltersByStatusAndName() throws Exception {
        String mobile = newPhone();
        String name = uniqueName();
        submit(name, mobile);
        var admin = as(Role.PLATFORM_ADMIN);
        mvc.perform(get("/admin/onboarding").param("status", "SUBMITTED").param("q", name).with(admin))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(new PhoneNumber(mobile).masked())))
                .andExpect(content().string(not(containsString(mobile))));
        mvc.perform(get("/admin/onboarding").param("status", "APPROVED").param("q", name).with(admin))
                .andExpect(content().string(containsString("暂无符合条件的入驻申请")))
                .andExpect(content().string(containsString("共 0 条")));
    }

    @Test
    void theAdminSeesTheLogoAsStoredAndNeverSniffed() throws Exception {
        byte[] png = png(48, 48);
        long id = submit(uniqueName(), newPhone(), new MockMultipartFile("logo", "logo.jpg", "image/jpeg", png));
        mvc.perform(get("/admin/onboarding/" + id + "/logo").with(as(Role.PLATFORM_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png));
    }

    @Test
    void approvalOpensTheInstitutionAndItsHqAdminOnceAndASecondApprovalIsRefused() throws Exception {
        String mobile = newPhone();
        String name = uniqueName();
        long id = submit(name, mobile);
        var admin = as(Role.PLATFORM_ADMIN);

        mvc.perform(post("/admin/onboarding/" + id + "/approve").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/onboarding/" + id))
                .andExpect(flash().attribute("flash", "onboarding.review.approved"));

        InstitutionSummary institution = institutions.findByName(name).orElseThrow();
        assertThat(institution.type()).isEqualTo(InstitutionType.CITY_COMMERCIAL_BANK);
        AccountView hqAdmin = accounts.find(accounts.findIdByPhone(new PhoneNumber(mobile)).orElseThrow()).orElseThrow();
        assertThat(hqAdmin.role()).isEqualTo(Role.INST_HQ_ADMIN);
        assertThat(hqAdmin.mustSetPassword()).isTrue();
        assertThat(hqAdmin.institutionId()).isEqualTo(institution.id());
        assertThat(hqAdmin.nodeId()).isEqualTo(institution.headOfficeNodeId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(textsTo(mobile))
                .singleElement().asString().contains("审核通过", name));

        mvc.perform(post("/admin/onboarding/" + id + "/approve").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/onboarding/" + id))
                .andExpect(flash().attribute("flashError", "onboarding.review.notPending"));
        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "重复").with(admin).with(csrf()))
                .andExpect(flash().attribute("flashError", "onboarding.review.notPending"));
        assertThat(institutions.all().stream().filter(i -> i.name().equals(name))).hasSize(1);
        assertThat(jdbc.sql("""
                select result from audit_operation where action = 'ONBOARDING_APPROVE' and target_id = :id order by id""")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("SUCCESS", "FAILURE");
        assertThat(jdbc.sql("""
                select count(*) from audit_operation where action = 'ACCOUNT_CREATE' and target_id = :account
                  and detail like 'INST_HQ_ADMIN%'""")
                .param("account", String.valueOf(hqAdmin.id())).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/onboarding/" + id).with(admin))
                .andExpect(content().string(containsString("已开通机构")))
                .andExpect(content().string(not(containsString("data-testid=\"approve\""))));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheApplicantReceivesBySms() throws Exception {
        String mobile = newPhone();
        long id = submit(uniqueName(), mobile);
        var admin = as(Role.PLATFORM_ADMIN);

        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "  ").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写驳回原因")));
        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "因".repeat(201)).with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("驳回原因不能超过200字")));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "LOGO 不清晰，请重新提交。")
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("flash", "onboarding.review.rejected"));
        assertThat(statusOf(id)).isEqualTo("REJECTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(textsTo(mobile))
                .singleElement().asString().contains("原因：LOGO 不清晰，请重新提交。如有疑问"));
        assertThat(accounts.findIdByPhone(new PhoneNumber(mobile))).isEmpty();
        mvc.perform(post("/admin/onboarding/" + id + "/approve").with(admin).with(csrf()))
                .andExpect(flash().attribute("flashError", "onboarding.review.notPending"));
    }

    @Test
    void anUnknownApplicationIsNotFound() throws Exception {
        var admin = as(Role.PLATFORM_ADMIN);
        mvc.perform(get("/admin/onboarding/987654321").with(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/onboarding/987654321/logo").with(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/onboarding/987654321/approve").with(admin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/onboarding/987654321/reject").param("reason", "无").with(admin).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
