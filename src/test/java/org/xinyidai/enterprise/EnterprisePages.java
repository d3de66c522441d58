package org.xinyidai.enterprise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** What an enterprise user does on 我的企业, for browser tests that need an enterprise on the way. */
public final class EnterprisePages {

    private EnterprisePages() {
    }

    /**
     * From the enterprise list, adds a small manufacturer in a 佛山 district with a valid USCC and the standard legal
     * representative (张三, {@link EnterpriseFixtures#LEGAL_REP_ID}); ends on its detail page, not yet authenticated.
     */
    public static void addEnterprise(Page page, String name, String district) {
        page.locator("[data-testid=add-company]").click();
        page.locator("#name").fill(name);
        page.locator("#uscc").fill(EnterpriseFixtures.validUscc());
        page.locator("#legalRepName").fill("张三");
        page.locator("#legalRepId").fill(EnterpriseFixtures.LEGAL_REP_ID);
        page.locator("#registeredCapitalWan").fill("500");
        page.locator("#establishedOn").fill("2018-05-20");
        page.locator("#regionCode").selectOption(district);
        page.locator("#industry").selectOption("C");
        page.locator("#address").fill("佛山市走查路1号");
        page.locator("#employees").fill("80");
        page.locator("#annualRevenueWan").fill("3500");
        page.locator("#totalAssetsWan").fill("2000");
        page.locator("[data-testid=company-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("企业已添加");
    }

    /** On the enterprise's detail page: the simulated face check with the right person authenticates at once. */
    public static void verifyFace(Page page) {
        page.locator("[data-testid=face-form] #name").fill("张三");
        page.locator("[data-testid=face-form] #idNumber").fill(EnterpriseFixtures.LEGAL_REP_ID);
        page.locator("[data-testid=submit-face]").click();
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("已认证");
    }
}
