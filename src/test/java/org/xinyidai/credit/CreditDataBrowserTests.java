package org.xinyidai.credit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.credit.data.RecordLayout;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/** The platform admin downloads a template, uploads a file with one bad row and reads the batch's report. */
class CreditDataBrowserTests extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void theAdminUploadsPenaltiesAndSeesTheBadRowWithItsLineAndReason() {
        String phone = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(phone), "数据管理员", Role.PLATFORM_ADMIN).withPassword("Xyd@2026"));
        signIn(page, phone, "Xyd@2026");
        page.locator("[data-testid=side-nav]").getByText("信用数据归集").click();
        assertThat(page.locator("h1")).hasText("信用数据归集");

        Download template = page.waitForDownload(() -> page.locator("[data-testid=template-csv-penalty]").click());
        assertThat(template.suggestedFilename()).isEqualTo("penalty.csv");

        String uscc = CreditFixtures.uscc();
        String csv = CreditFixtures.csv(RecordLayout.header(CreditSource.PENALTY), List.of(
                CreditFixtures.penalty("B1-" + uscc, uscc, "2026-03-01", "5000", "一般"),
                CreditFixtures.penalty("B2-" + uscc, uscc, "2026-02-30", "8000", "较重")));
        page.locator("#source").selectOption("penalty");
        page.locator("#file").setInputFiles(new FilePayload("处罚.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("[data-testid=upload-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=batch-summary]")).containsText("共 2 行：新增 1 条，更新 0 条，未变 0 条，未通过 1 行");
        assertThat(page.locator("[data-testid=rejections] tbody tr")).containsText(new String[] {"3"});
        assertThat(page.locator("[data-testid=rejections]")).containsText("日期无效");
        assertThat(page.locator("[data-testid=upload-progress]")).hasAttribute("value", "100");
        screenshot("credit-data-upload");
    }
}
