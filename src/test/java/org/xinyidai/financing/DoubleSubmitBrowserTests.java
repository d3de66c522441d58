package org.xinyidai.financing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.support.BrowserTest;

/**
 * 提交申请 clicked twice, or sent twice at once by a browser: one order in the database, and the person sees
 * their order or the friendly refusal — never an error page.
 */
class DoubleSubmitBrowserTests extends BrowserTest {

    static final String SUBMITTED = "申请已提交";
    static final String ALREADY_APPLIED = "您的企业已申请该产品，订单正在办理中。";

    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDoubleClickOnSubmitMakesOneOrder() {
        CurrentUser enterprise = openApplyPage("440604");
        page.locator("[data-testid=apply-form] button[type=submit]").dblclick();

        assertThat(page.locator("[data-testid=flash], [data-testid=form-error]")).containsText(
                java.util.regex.Pattern.compile(SUBMITTED + "|" + ALREADY_APPLIED));
        assertThat(ordersOf(enterprise)).isEqualTo(1);
    }

    @Test
    void twoSubmitsSentAtOnceMakeOneOrderAndTheOtherReadsTheRefusal() {
        CurrentUser enterprise = openApplyPage("440605");
        // What a browser without the page's script, or two tabs, would send: the same form twice, together.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) page.evaluate("""
                () => {
                  const form = document.querySelector('[data-testid=apply-form]');
                  const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                      .then(async r => ({status: r.status, url: r.url, text: await r.text()}));
                  return Promise.all([send(), send()]);
                }""");

        assertThat(answers).extracting(a -> a.get("status")).containsOnly(200);
        assertThat(answers).filteredOn(a -> a.get("url").toString().matches(".*/enterprise/orders/\\d+"))
                .hasSize(1).allSatisfy(a -> assertThat(a.get("text").toString()).contains(SUBMITTED));
        assertThat(answers).filteredOn(a -> a.get("text").toString().contains(ALREADY_APPLIED)).hasSize(1);
        assertThat(ordersOf(enterprise)).isEqualTo(1);
    }

    private CurrentUser openApplyPage(String district) {
        CurrentUser enterprise = fixtures.enterprise(district);
        signIn(page, enterprise.phone(), InstitutionFixtures.PASSWORD);
        open("/enterprise/products/" + fixtures.productId(FinancingFixtures.TAX_LOAN) + "/apply");
        page.locator("#amountWan").fill("100");
        page.locator("#termMonths").fill("12");
        page.locator("#purpose").fill("采购原材料");
        return enterprise;
    }

    private long ordersOf(CurrentUser enterprise) {
        return jdbc.sql("select count(*) from financing_order where applicant_account = :a")
                .param("a", enterprise.accountId()).query(Long.class).single();
    }
}
