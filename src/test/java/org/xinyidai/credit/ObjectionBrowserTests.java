package org.xinyidai.credit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.financing.FinancingFixtures;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/** An enterprise objects to an abnormal-operation listing; the platform admin upholds it; the enterprise reads it. */
class ObjectionBrowserTests extends BrowserTest {

    @Autowired
    FinancingFixtures financing;
    @Autowired
    EnterpriseApi enterprises;
    @Autowired
    IngestService ingest;
    @Autowired
    AccountAdministration accounts;

    @Test
    void anEnterpriseObjectsAndTheAdminUpholdsWithACorrection() {
        CurrentUser user = financing.enterprise("440604");
        String uscc = enterprises.current(user.accountId()).orElseThrow().uscc();
        ingest.ingest(CreditSource.ABNORMAL_OPERATION, Channel.FEED, "browser", null, List.of(new RawRow(1, Map.of(
                "source_record_id", "OBB-" + uscc, "uscc", uscc, "authority", "佛山市禅城区市场监督管理局",
                "reason", "未按规定报送年度报告", "listed_on", "2026-05-10"))));

        signIn(page, user.phone(), InstitutionFixtures.PASSWORD);
        page.locator("[data-testid=side-nav]").getByText("我的信用").click();
        page.locator("[data-testid=records-abnormal-operation] summary").click();
        page.locator("[data-testid=records-abnormal-operation] a").getByText("提出异议").click();
        assertThat(page.locator("[data-testid=record]")).containsText("未按规定报送年度报告");
        page.locator("[data-testid=objection-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=reason-error]")).containsText("请填写异议理由");
        page.locator("#reason").fill("已于2026年6月补报年报，已移出经营异常名录");
        page.locator("[data-testid=objection-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("异议已提交");
        assertThat(page.locator("[data-testid=my-objections]")).containsText("待审核");

        String adminPhone = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(adminPhone), "异议审核员", Role.PLATFORM_ADMIN).withPassword("Xyd@2026"));
        Page admin = anotherPerson();
        signIn(admin, adminPhone, "Xyd@2026");
        admin.locator("[data-testid=side-nav]").getByText("信用异议审核").click();
        admin.locator("[data-testid=objections] tr", new Page.LocatorOptions().setHasText(uscc)).locator("a").click();
        assertThat(admin.locator("[data-testid=objection-reason]")).containsText("已移出经营异常名录");
        admin.getByLabel("异议成立").check();
        admin.locator("#result").fill("经核实，企业已于2026年6月15日移出，更正移出日期");
        admin.locator("#correctedEnd").fill("2026-06-15");
        admin.locator("[data-testid=decision-form] button[type=submit]").click();
        assertThat(admin.locator("[data-testid=flash]")).containsText("审核结论已保存");
        screenshot(admin, "credit-objection-admin");

        page.reload();
        assertThat(page.locator("[data-testid=my-objections]")).containsText("异议成立");
        assertThat(page.locator("[data-testid=my-objections]")).containsText("更正移出日期");
        screenshot("credit-objection-enterprise");
    }
}
