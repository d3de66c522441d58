package org.xinyidai.financing.figures;


import org.xinyidai.financing.FinancingFixtures;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.financing.FinancingApi;
import org.xinyidai.financing.FinancingApi.InstitutionWorkbench;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.support.BrowserTest;

/**
 * An HQ admin's workbench shows the institution's overview, the monthly chart drawn by ECharts (and its table),
 * and this month's ranking of the branches; an enterprise's shows its own orders; a node page its performance.
 */
class WorkbenchBrowserTests extends BrowserTest {

    @Autowired
    InstitutionFixtures people;
    @Autowired
    FinancingFixtures orders;
    @Autowired
    FinancingApi figures;

    @Test
    void theHeadOfficeAdminSeesOverviewChartAndRanking() {
        CurrentUser admin = people.person(InstitutionFixtures.BIG_BANK, "国信银行佛山分行", Role.INST_ADMIN);
        CurrentUser manager = people.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        CurrentUser enterprise = orders.enterprise("440604");
        long order = orders.apply(enterprise, "国信税易贷", "120", 12);
        orders.assign(admin, order, manager);
        orders.accept(manager, order);
        orders.approve(manager, order, "100");
        orders.disburse(manager, order, "75.5");
        CurrentUser hq = people.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        InstitutionWorkbench expected = figures.forInstitution(hq);

        signIn(page, hq.phone(), InstitutionFixtures.PASSWORD);
        open("/institution");

        Locator overview = page.locator("[data-testid=order-overview]");
        assertThat(overview.locator("[data-testid=stat]").nth(0)).containsText("收到订单");
        assertThat(overview.locator("[data-testid=stat]").nth(0))
                .containsText(String.valueOf(expected.overview().received()));
        assertThat(overview.locator("[data-testid=stat]").nth(3))
                .containsText(expected.overview().disbursedAmount().inWan().toPlainString() + " 万元");
        assertThat(page.locator("[data-testid=success-rate-value]")).hasText(expected.rate().percentText());
        assertThat(page.locator("[data-testid=disbursement-chart][data-drawn=true] canvas")).isVisible();
        Locator thisMonth = page.locator("[data-testid=disbursement-table] tbody tr").last();
        assertThat(thisMonth).containsText(expected.months().get(11).amount().inWan().toPlainString());
        assertThat(page.locator("[data-testid=ranking]")).containsText("本月业绩排行");
        assertThat(page.locator("[data-testid=ranking-row]").filter(new Locator.FilterOptions()
                .setHasText("国信银行佛山分行"))).isVisible();
        assertThat(page.locator("[data-testid=latest-orders]")).containsText(expected.latest().get(0).enterpriseName());
        screenshot("workbench-hq");

        page.locator("[data-testid=todos] [data-testid=stat]").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/institution/orders\\?status=SUBMITTED"));

        open("/institution/nodes/" + people.node(InstitutionFixtures.BIG_BANK, "国信银行禅城支行").id());
        assertThat(page.locator("[data-testid=performance]")).containsText("放款成功率");
        assertThat(page.locator("[data-testid=performance]")).not().containsText("尚无订单数据");
        screenshot("workbench-node-performance");
    }

    @Test
    void anEnterpriseSeesItsOwnCounts() {
        CurrentUser enterprise = orders.enterprise("440606");
        orders.apply(enterprise, "国信税易贷", "40", 6);
        orders.apply(enterprise, "佛银首贷通", "20", 6);

        signIn(page, enterprise.phone(), InstitutionFixtures.PASSWORD);
        open("/enterprise");

        Locator cards = page.locator("[data-testid=enterprise-overview] [data-testid=stat]");
        assertThat(cards.nth(0)).containsText("办理中的订单");
        assertThat(cards.nth(0)).containsText("2 笔");
        assertThat(cards.nth(1)).containsText("已申请 2 笔");
        assertThat(cards.nth(1)).containsText("60.00 万元");
        assertThat(cards.nth(3)).containsText("0.00 万元");
        assertThat(page.locator("[data-testid=latest-orders] tbody tr")).hasCount(2);
        assertThat(page.locator("[data-testid=latest-orders]")).containsText("佛银首贷通");
        screenshot("workbench-enterprise");
        cards.nth(0).click();
        assertThat(page).hasURL(Pattern.compile(".*/enterprise/orders$"));
    }
}
