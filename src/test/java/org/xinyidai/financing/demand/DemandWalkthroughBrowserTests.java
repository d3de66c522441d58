package org.xinyidai.financing.demand;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.enterprise.EnterpriseFixtures;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/**
 * 发布融资需求 end to end: a visitor follows the home page's entry, signs in and publishes; the site's advisor
 * dispatches the demand to a bank; the bank's branch admin assigns it to a customer manager, who rejects it; the
 * enterprise reads the rejection and its reason on the order's timeline.
 */
class DemandWalkthroughBrowserTests extends BrowserTest {

    private static final String ENTERPRISE = "佛山市需求走查制造有限公司";
    private static final String BRANCH = "国信银行禅城支行";

    @Autowired
    EnterpriseFixtures enterprises;
    @Autowired
    EnterpriseApi registry;
    @Autowired
    InstitutionFixtures institutions;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final List<BrowserContext> others = new ArrayList<>();

    @AfterEach
    void closeOthers() {
        others.forEach(BrowserContext::close);
    }

    @Test
    void aDemandIsPublishedDispatchedAssignedAndRejected() {
        CurrentUser owner = enterprises.enterpriseUser();
        registry.ensureAuthenticated(owner.accountId(), "foshan",
                EnterpriseFixtures.enterprise(ENTERPRISE, EnterpriseFixtures.validUscc()));

        // The home page's entry leads through the login back to the form.
        open("/");
        screenshot("DemandWalkthrough-0-home");
        page.locator("[data-testid=entry-demand]").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        signIn(page, owner.phone(), EnterpriseFixtures.PASSWORD);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/enterprise/demands/new(\\?continue)?$"));
        assertThat(page.locator("[data-testid=publisher]")).hasText(ENTERPRISE);
        assertThat(page.locator("#contactPhone")).hasValue(owner.phone());

        // Nothing chosen: the messages stand beside the fields.
        page.locator("#purpose").fill("采购生产设备");
        page.locator("[data-testid=publish]").click();
        assertThat(page.locator("[data-testid=guaranteeMethods-error]")).hasText("请至少选择一种担保方式");
        assertThat(page.locator("[data-testid=amountWan-error]")).isVisible();
        screenshot("DemandWalkthrough-1-form-errors");

        page.locator("#amountWan").fill("200");
        page.locator("#termMonths").fill("24");
        page.getByLabel("信用").check();
        page.getByLabel("保证").check();
        page.locator("#maxRate").fill("4.5");
        page.locator("#neededBy").fill(LocalDate.now(clock).plusDays(20).toString());
        assertThat(page.locator("#regionCode")).hasValue("440604");
        page.locator("[data-testid=publish]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("融资需求已发布");
        assertThat(page.locator("[data-testid=demands] tbody tr").first()).containsText("待分派");
        screenshot("DemandWalkthrough-2-published");
        long demandId = jdbc.sql("select id from financing_demand where account_id = :a").param("a", owner.accountId())
                .query(Long.class).single();

        // The advisor of 佛山 dispatches it to the bank.
        String advisorPhone = newPhone();
        accounts.create(new NewAccount(new PhoneNumber(advisorPhone), "测试顾问", Role.ADVISOR, "foshan", null, null,
                null, null, EnterpriseFixtures.PASSWORD));
        Page advisor = signedIn(advisorPhone);
        advisor.navigate(url("/advisor/demands"));
        advisor.locator("[data-testid=demand-queue] tr[data-demand='" + demandId + "'] [data-testid=open-demand]").click();
        assertThat(advisor.locator("[data-testid=demand-summary]")).containsText("信用、保证");
        assertThat(advisor.locator("[data-testid=demand-enterprise]")).containsText(ENTERPRISE);
        shoot(advisor, "DemandWalkthrough-3-advisor-demand");
        advisor.locator("#institutionId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(InstitutionFixtures.BIG_BANK));
        advisor.locator("[data-testid=dispatch]").click();
        assertThat(advisor.locator("[data-testid=flash]")).containsText("需求已分派");
        assertThat(advisor.locator("[data-testid=demand-queue] tr[data-demand='" + demandId + "']")).hasCount(0);
        assertThat(advisor.locator("[data-testid=expired-orders]")).isVisible();
        shoot(advisor, "DemandWalkthrough-3b-advisor-queue");
        long orderId = jdbc.sql("select id from financing_order where demand_id = :d").param("d", demandId)
                .query(Long.class).single();

        // The branch admin assigns it to a customer manager of the branch serving 禅城.
        CurrentUser manager = institutions.person(InstitutionFixtures.BIG_BANK, BRANCH, Role.CUSTOMER_MANAGER);
        CurrentUser admin = institutions.person(InstitutionFixtures.BIG_BANK, BRANCH, Role.INST_ADMIN);
        Page bankAdmin = signedIn(admin.phone());
        bankAdmin.navigate(url("/institution/orders/" + orderId));
        assertThat(bankAdmin.locator("[data-testid=order-status]").first()).hasText("待受理");
        bankAdmin.locator("#assign-manager").selectOption(String.valueOf(manager.accountId()));
        bankAdmin.locator("[data-testid=assign]").click();
        assertThat(bankAdmin.locator("[data-testid=order-manager]")).hasText(manager.displayName());

        // The manager rejects it with a reason the enterprise reads.
        Page bank = signedIn(manager.phone());
        bank.onDialog(Dialog::accept);
        bank.navigate(url("/institution/orders/" + orderId));
        bank.locator("#reason").selectOption("COLLATERAL");
        bank.locator("#reject-text").fill("保证人资质不足，建议补充抵押物后再申请");
        bank.locator("[data-testid=reject]").click();
        assertThat(bank.locator("[data-testid=order-status]").first()).hasText("已拒绝");
        shoot(bank, "DemandWalkthrough-4-bank-rejected");

        // The enterprise sees the order from its demand, rejected, with the reason on the timeline.
        page.navigate(url("/enterprise/demands"));
        assertThat(page.locator("[data-testid=demands] tbody tr").first()).containsText("已分派");
        page.locator("[data-testid=demand-orders] a").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/enterprise/orders/" + orderId + "$"));
        assertThat(page.locator("[data-testid=order-status]").first()).hasText("已拒绝");
        assertThat(page.locator("[data-testid=timeline]")).containsText("保证人资质不足，建议补充抵押物后再申请");
        assertThat(page.locator("[data-testid=timeline]")).containsText("担保或抵押条件不足");
        assertThat(jdbc.sql("select status from financing_demand where id = :id").param("id", demandId)
                .query(String.class).single()).isEqualTo("DISPATCHED");
    }

    /** A person in a browser of their own, signed in (staff through the second factor). */
    private Page signedIn(String phone) {
        BrowserContext other = context.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900));
        other.setDefaultTimeout(10_000);
        others.add(other);
        Page tab = other.newPage();
        signIn(tab, phone, EnterpriseFixtures.PASSWORD);
        return tab;
    }

    private static void shoot(Page tab, String name) {
        tab.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
