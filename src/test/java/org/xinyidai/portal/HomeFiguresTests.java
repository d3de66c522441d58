package org.xinyidai.portal;

import java.math.BigDecimal;
import java.util.List;
import org.xinyidai.financing.FinancingFixtures;
import org.xinyidai.financing.demand.DemandPublishing;
import org.xinyidai.financing.demand.DemandRequest;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.GuaranteeMethod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The home page's figures equal counts taken independently from the database, per site. */
@SpringBootTest
@AutoConfigureMockMvc
class HomeFiguresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FinancingFixtures financing;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    DemandPublishing demands;

    @Test
    void foshansFiguresAreFoshansCounts() throws Exception {
        lendAndPublishADemandInFoshan();
        String html = page("foshan");
        assertThat(figure(html, "enterprises")).isEqualTo(jdbc.sql(
                "select count(*) from identity_account where role = 'ENTERPRISE' and site_code = 'foshan'")
                .query(Long.class).single());
        long institutions = jdbc.sql("""
                select count(distinct n.institution_id) from institution_node n
                where n.region_code in (select region_code from site_district where site_code = 'foshan')
                   or n.region_code = '440600'""").query(Long.class).single();
        assertThat(figure(html, "institutions")).isEqualTo(institutions).isPositive();
        assertThat(html).contains("国信银行").contains("佛山城商行");
        long published = jdbc.sql("""
                select count(*) from product_product where status = 'PUBLISHED' and (districts is null or exists (
                    select 1 from site_district d where d.site_code = 'foshan'
                    and (',' || districts || ',') like '%,' || d.region_code || ',%'))""").query(Long.class).single();
        assertThat(figure(html, "products")).isEqualTo(published).isPositive();
        assertThat(figure(html, "demands")).isEqualTo(jdbc.sql(
                "select count(*) from financing_demand where site_code = 'foshan' and status <> 'WITHDRAWN'")
                .query(Long.class).single()).isPositive();
        BigDecimal disbursedYuan = jdbc.sql("""
                select coalesce(sum(l.amount), 0) from financing_loan l join financing_order o on o.id = l.order_id
                where o.site_code = 'foshan'""").query(BigDecimal.class).single();
        assertThat(money(html, "disbursed")).isEqualByComparingTo(disbursedYuan.movePointLeft(4)).isPositive();
    }

    /** One loan of 60万 and one demand, so the two money figures are not trivially zero. */
    private void lendAndPublishADemandInFoshan() {
        CurrentUser enterprise = financing.enterprise("440604");
        long order = financing.applyForTaxLoan(enterprise);
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        financing.assign(admin, order, manager);
        financing.accept(manager, order);
        financing.approve(manager, order, "100");
        financing.disburse(manager, order, "60");
        assertThat(demands.publish(enterprise, new DemandRequest(new BigDecimal("80"), 12, "设备更新",
                List.of(GuaranteeMethod.CREDIT), new BigDecimal("6"), financing.today().plusDays(10), "440604", "张三",
                "13912345678", null)).published()).isTrue();
    }

    @Test
    void anotherSiteShowsItsOwnFigures() throws Exception {
        String html = page("guangzhou");
        assertThat(figure(html, "institutions")).isZero();
        assertThat(figure(html, "products")).isEqualTo(jdbc.sql(
                "select count(*) from product_product where status = 'PUBLISHED' and districts is null")
                .query(Long.class).single());
        assertThat(figure(html, "enterprises")).isEqualTo(jdbc.sql(
                "select count(*) from identity_account where role = 'ENTERPRISE' and site_code = 'guangzhou'")
                .query(Long.class).single());
    }

    private String page(String city) throws Exception {
        MockHttpSession session = new MockHttpSession();
        return mvc.perform(get("/").param("city", city).session(session)).andReturn().getResponse()
                .getContentAsString();
    }

    private static BigDecimal money(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + name + "\">([\\d,.]+)<").matcher(html);
        assertThat(m.find()).as("figure " + name).isTrue();
        return new BigDecimal(m.group(1).replace(",", ""));
    }

    private static long figure(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + name + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).as("figure " + name).isTrue();
        return Long.parseLong(m.group(1));
    }
}
