package org.xinyidai.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.EnterpriseRegistered;
import org.xinyidai.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Approval, status, work status, deletion and handover, with what each changes for the people involved. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffManagementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNewCustomerManagerCannotSignInUntilApprovedAndThenGetsAReferralCode() throws Exception {
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行佛山分行", Role.INST_ADMIN);
        String phone = InstitutionFixtures.newPhone();
        long node = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行禅城支行").id();
        mvc.perform(post("/institution/staff/new").with(as(admin)).with(csrf()).param("name", "新经理")
                        .param("phone", phone).param("nodeId", String.valueOf(node)).param("role", "CUSTOMER_MANAGER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "staff.created.pending"));
        long id = accountId(phone);
        assertThat(accountStatus(id)).isEqualTo(AccountStatus.PENDING);
        assertThat(referralCode(id)).isNull();

        mvc.perform(post("/institution/staff/" + id + "/approve").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.approved"));
        assertThat(accountStatus(id)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(referralCode(id)).hasSize(8);
        mvc.perform(post("/institution/staff/" + id + "/approve").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flashError", "staff.notPending"));
        assertThat(audited("STAFF_APPROVE", id)).isEqualTo(1);
    }

    @Test
    void aDuplicatePhoneOrAnOutOfScopeNodeIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        CurrentUser chancheng = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.INST_ADMIN);
        long shunde = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行顺德支行").id();
        long before = staffCount();
        mvc.perform(post("/institution/staff/new").with(as(chancheng)).with(csrf()).param("name", "越权经理")
                        .param("phone", InstitutionFixtures.newPhone()).param("nodeId", String.valueOf(shunde))
                        .param("role", "CUSTOMER_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("只能选择您管辖的网点"));
        mvc.perform(post("/institution/staff/new").with(as(chancheng)).with(csrf()).param("name", "重复号码")
                        .param("phone", "13810000003").param("nodeId", String.valueOf(chancheng.nodeId()))
                        .param("role", "CUSTOMER_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("该手机号已有平台账号"));
        mvc.perform(post("/institution/staff/new").with(as(chancheng)).with(csrf()).param("name", "")
                        .param("phone", "123").param("nodeId", String.valueOf(chancheng.nodeId()))
                        .param("role", "CUSTOMER_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("请输入姓名")
                        .contains("请输入正确的11位手机号"));
        assertThat(staffCount()).isEqualTo(before);
    }

    @Test
    void disablingAndReEnablingChangesWhetherThePersonCanSignIn() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        CurrentUser manager = fixtures.person(InstitutionFixtures.CITY_BANK, "佛山城商行桂城支行", Role.CUSTOMER_MANAGER);
        mvc.perform(post("/institution/staff/" + manager.accountId() + "/status").param("enabled", "false")
                .with(as(hq)).with(csrf())).andExpect(flash().attribute("flash", "staff.disabled"));
        assertThat(accountStatus(manager.accountId())).isEqualTo(AccountStatus.DISABLED);
        mvc.perform(get("/institution").with(as(manager))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/institution/staff/" + manager.accountId() + "/status").param("enabled", "true")
                .with(as(hq)).with(csrf())).andExpect(flash().attribute("flash", "staff.enabled"));
        assertThat(accountStatus(manager.accountId())).isEqualTo(AccountStatus.ACTIVE);
        mvc.perform(post("/institution/staff/" + hq.accountId() + "/status").param("enabled", "false")
                .with(as(hq)).with(csrf())).andExpect(flash().attribute("flashError", "staff.notYourself"));
    }

    @Test
    void onLeaveIsRecordedAndHandoverMovesReferralsDisablesTheLeaverAndAllowsDeletion() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        CurrentUser leaving = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.CUSTOMER_MANAGER);
        CurrentUser successor = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        long enterprise = fixtures.accounts().create(new org.xinyidai.identity.AccountAdministration.NewAccount(
                new org.xinyidai.shared.PhoneNumber(InstitutionFixtures.newPhone()), "被推荐企业", Role.ENTERPRISE, "foshan",
                null, null, null, null, "Referred@2026"));
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new EnterpriseRegistered(enterprise, "foshan", referralCode(leaving.accountId()))));
        // Attribution runs after the registration committed, on the event executor.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(referrer(enterprise)).isEqualTo(leaving.accountId()));

        mvc.perform(post("/institution/staff/" + leaving.accountId() + "/work-status").param("status", "ON_LEAVE")
                .with(as(hq)).with(csrf())).andExpect(flash().attribute("flash", "staff.workStatusSet"));
        assertThat(jdbc.sql("select work_status from institution_staff where account_id = :id")
                .param("id", leaving.accountId()).query(String.class).single()).isEqualTo("ON_LEAVE");

        mvc.perform(post("/institution/staff/" + leaving.accountId() + "/delete").with(as(hq)).with(csrf()))
                .andExpect(flash().attribute("flashError", "staff.holdsWork"));

        mvc.perform(post("/institution/staff/" + leaving.accountId() + "/handover").param("successor", "")
                .with(as(hq)).with(csrf())).andExpect(flash().attribute("flashError", "staff.handover.successorRequired"));
        mvc.perform(post("/institution/staff/" + leaving.accountId() + "/handover")
                        .param("successor", String.valueOf(successor.accountId())).param("note", "调岗")
                        .with(as(hq)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.handedOver"));
        assertThat(referrer(enterprise)).isEqualTo(successor.accountId());
        assertThat(accountStatus(leaving.accountId())).isEqualTo(AccountStatus.DISABLED);
        assertThat(jdbc.sql("select count(*) from institution_handover where from_account_id = :id")
                .param("id", leaving.accountId()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/institution/staff/" + leaving.accountId() + "/delete").with(as(hq)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.deleted"));
        mvc.perform(get("/institution/staff/" + leaving.accountId()).with(as(hq))).andExpect(status().isNotFound());
    }

    @Test
    void aDeletedPersonLeavesForGoodTheirPhoneMayBeAddedAgainAndThePlatformAdminCannotBringThemBack() throws Exception {
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行佛山分行", Role.INST_ADMIN);
        long node = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行禅城支行").id();
        String phone = InstitutionFixtures.newPhone();
        addManager(admin, node, "待删经理", phone).andExpect(flash().attribute("flash", "staff.created.pending"));
        long deleted = accountId(phone);
        mvc.perform(post("/institution/staff/" + deleted + "/delete").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.deleted"));
        assertThat(accountStatus(deleted)).isEqualTo(AccountStatus.REMOVED);

        // the platform admin sees the account as deleted, without 启用, and a crafted 启用 changes nothing
        CurrentUser platformAdmin = platformAdmin();
        mvc.perform(get("/admin/accounts").param("q", "待删经理").with(as(platformAdmin)))
                .andExpect(r -> {
                    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.getResponse().getContentAsString());
                    assertThat(page.select("[data-testid=removed]").text()).contains("已删除");
                    assertThat(page.select("form[action$=/admin/accounts/" + deleted + "/status]")).isEmpty();
                });
        mvc.perform(post("/admin/accounts/" + deleted + "/status").param("status", "ACTIVE")
                        .with(as(platformAdmin)).with(csrf()))
                .andExpect(flash().attribute("flashError", "account.removedStaysRemoved"));
        assertThat(accountStatus(deleted)).isEqualTo(AccountStatus.REMOVED);

        // the same phone is a new person, in the same institution and then, deleted again, in another one
        addManager(admin, node, "重新加入", phone).andExpect(flash().attribute("flash", "staff.created.pending"));
        long again = accountId(phone);
        assertThat(again).isNotEqualTo(deleted);
        mvc.perform(post("/institution/staff/" + again + "/delete").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.deleted"));
        CurrentUser cityAdmin = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        addManager(cityAdmin, cityAdmin.nodeId(), "换了银行", phone)
                .andExpect(flash().attribute("flash", "staff.created.pending"));
        assertThat(jdbc.sql("select institution_id from institution_staff where phone = :p").param("p", phone)
                .query(Long.class).single()).isEqualTo(cityAdmin.institutionId());
        // past records still name the deleted person
        assertThat(fixtures.accounts().find(deleted).orElseThrow().displayName()).isEqualTo("待删经理");
    }

    private org.springframework.test.web.servlet.ResultActions addManager(CurrentUser admin, long node, String name,
                                                                         String phone) throws Exception {
        return mvc.perform(post("/institution/staff/new").with(as(admin)).with(csrf()).param("name", name)
                .param("phone", phone).param("nodeId", String.valueOf(node)).param("role", "CUSTOMER_MANAGER"));
    }

    private CurrentUser platformAdmin() {
        String phone = InstitutionFixtures.newPhone();
        long id = fixtures.accounts().create(org.xinyidai.identity.AccountAdministration.NewAccount.staff(
                new org.xinyidai.shared.PhoneNumber(phone), "平台管理员", Role.PLATFORM_ADMIN)
                .withPassword(InstitutionFixtures.PASSWORD));
        return new CurrentUser(id, phone, "平台管理员", Role.PLATFORM_ADMIN, null, null, null, null, null, false);
    }

    private long accountId(String phone) {
        return jdbc.sql("select account_id from institution_staff where phone = :p").param("p", phone)
                .query(Long.class).single();
    }

    private AccountStatus accountStatus(long id) {
        return fixtures.accounts().find(id).orElseThrow().status();
    }

    private String referralCode(long id) {
        return jdbc.sql("select referral_code from institution_staff where account_id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    private Long referrer(long enterprise) {
        return jdbc.sql("select staff_account_id from institution_referral where enterprise_account_id = :id")
                .param("id", enterprise).query(Long.class).optional().orElse(null);
    }

    private long staffCount() {
        return jdbc.sql("select count(*) from institution_staff").query(Long.class).single();
    }

    private long audited(String action, long target) {
        return jdbc.sql("select count(*) from audit_operation where action = :a and target_id = :t")
                .param("a", action).param("t", String.valueOf(target)).query(Long.class).single();
    }
}
