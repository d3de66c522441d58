package org.xinyidai.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.financing.order.AcceptanceDeadlines;
import org.xinyidai.financing.order.OrderAssignment;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.shared.PhoneNumber;

/** The acceptance clock, the Excel export within scope, and the admin's list of rejection reasons. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderDeadlinesAndExportTests {

    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    OrderAssignment assignment;
    @Autowired
    AcceptanceDeadlines deadlines;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    ZoneId zone;

    @Test
    void anOrderNotAcceptedInTimeExpiresBackToTheAdvisorAndBothSidesAreTold() throws Exception {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long orderId = fixtures.applyForTaxLoan(enterprise);
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        assignment.assign(admin, orderId, fixtures.version(orderId), manager.account());
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));

        setDeadline(orderId, now.plusHours(3));
        deadlines.run();
        deadlines.run();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(messages(manager.accountId(), "DEADLINE_NEAR")).isEqualTo(1));
        assertThat(statusOf(orderId)).isEqualTo("SUBMITTED");

        setDeadline(orderId, now.minusMinutes(1));
        deadlines.run();
        assertThat(statusOf(orderId)).isEqualTo("EXPIRED");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(messages(enterprise.accountId(), "ORDER_EXPIRED")).isEqualTo(1));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(messages(manager.accountId(), "ORDER_EXPIRED")).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from financing_progress where order_id = :o and to_status = 'EXPIRED' "
                        + "and actor_account is null").param("o", orderId).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/advisor/orders/" + orderId).with(as(advisor("foshan"))))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("data-testid=\"expired-hint\""));
        mvc.perform(get("/advisor/orders/" + orderId).with(as(advisor("guangzhou")))).andExpect(status().isNotFound());
    }

    @Test
    void theExportHoldsExactlyTheOrdersThePersonMaySee() throws Exception {
        CurrentUser enterprise = fixtures.enterprise("440606");
        fixtures.applyForTaxLoan(enterprise);
        CurrentUser hq = staff.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        long institution = staff.institution(InstitutionFixtures.BIG_BANK).id();
        long expected = jdbc.sql("select count(*) from financing_order where institution_id = :i").param("i", institution)
                .query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/institution/orders/export").with(as(hq)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("订单编号");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
        }
        CurrentUser cityBank = staff.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        byte[] none = mvc.perform(get("/institution/orders/export").param("enterprise", enterprise.displayName())
                .with(as(cityBank))).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(none))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void theAdminAddsAndRetiresARejectionReasonAndBanksOnlyOfferActiveOnes() throws Exception {
        CurrentUser admin = platformAdmin();
        String code = "T" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/reject-reasons").param("code", "bad code").param("labelZh", "").param("labelEn", "x")
                        .param("sortOrder", "5").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("代码须为2–32位大写字母")
                        .contains("请填写名称"));
        mvc.perform(post("/admin/reject-reasons").param("code", code).param("labelZh", "额度已用完")
                        .param("labelEn", "Quota used up").param("sortOrder", "8").param("active", "true")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(offered(code)).isTrue();
        mvc.perform(post("/admin/reject-reasons/" + code).param("labelZh", "额度已用完").param("labelEn", "Quota used up")
                        .param("sortOrder", "8").param("_active", "on").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(offered(code)).isFalse();
        mvc.perform(post("/admin/reject-reasons/NO_SUCH").param("labelZh", "x").param("labelEn", "x")
                .param("sortOrder", "1").with(as(admin)).with(csrf())).andExpect(status().isNotFound());
    }

    private boolean offered(String code) throws Exception {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long orderId = fixtures.applyForTaxLoan(enterprise);
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        assignment.assign(admin, orderId, fixtures.version(orderId), manager.account());
        String html = mvc.perform(get("/institution/orders/" + orderId).with(as(manager)))
                .andReturn().getResponse().getContentAsString();
        return html.contains("value=\"" + code + "\"");
    }

    private CurrentUser advisor(String site) {
        String phone = InstitutionFixtures.newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "顾问", Role.ADVISOR, site, null, null, null,
                null, InstitutionFixtures.PASSWORD));
        return new CurrentUser(id, phone, "顾问", Role.ADVISOR, site, null, null, null, null, false);
    }

    private CurrentUser platformAdmin() {
        String phone = InstitutionFixtures.newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "管理员", Role.PLATFORM_ADMIN, null, null, null,
                null, null, InstitutionFixtures.PASSWORD));
        return new CurrentUser(id, phone, "管理员", Role.PLATFORM_ADMIN, null, null, null, null, null, false);
    }

    private void setDeadline(long orderId, LocalDateTime deadline) {
        jdbc.sql("update financing_order set accept_deadline = :d where id = :id").param("d", deadline)
                .param("id", orderId).update();
    }

    private long messages(long account, String type) {
        return jdbc.sql("select count(*) from messaging_message where recipient_account_id = :a and type = :t")
                .param("a", account).param("t", type).query(Long.class).single();
    }


    private String statusOf(long orderId) {
        return jdbc.sql("select status from financing_order where id = :id").param("id", orderId).query(String.class).single();
    }
}
