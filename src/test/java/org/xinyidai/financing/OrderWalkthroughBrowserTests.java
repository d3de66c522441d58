package org.xinyidai.financing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.enterprise.EnterprisePages;
import org.xinyidai.enterprise.EnterpriseFixtures;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.support.BrowserTest;

/**
 * The whole road of a loan, clicked through by the people who walk it: the enterprise adds and authenticates
 * its company, applies for 国信税易贷; the branch admin assigns the order; the customer manager accepts, notes,
 * grants a line and disburses 100万 over 12 months in equal installments; the enterprise follows the timeline
 * and the schedule; repayments are recorded until the order is settled.
 */
class OrderWalkthroughBrowserTests extends BrowserTest {

    @Autowired
    EnterpriseFixtures enterprises;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fromCertificatesToASettledLoan() throws IOException {
        CurrentUser advisor = enterprises.advisor("foshan");
        CurrentUser owner = enterprises.enterpriseUser();
        String company = "佛山市走查贷款有限公司" + owner.phone().substring(7);
        signIn(page, owner.phone(), EnterpriseFixtures.PASSWORD);
        addCompanyWithCertificates(company);

        Page advisorPage = anotherPerson();
        signIn(advisorPage, advisor.phone(), EnterpriseFixtures.PASSWORD);
        advisorPage.navigate(url("/messages"));
        Locator request = advisorPage.locator("[data-testid=message-row]")
                .filter(new Locator.FilterOptions().setHasText("企业 " + company + " 提交了认证材料，请审核。"));
        reloadUntilVisible(advisorPage, request);
        request.locator("[data-testid=message-open]").click();
        assertThat(advisorPage).hasURL(Pattern.compile("/advisor/authentications/\\d+"));
        advisorPage.onDialog(dialog -> dialog.accept());
        advisorPage.locator("[data-testid=approve]").click();
        assertThat(advisorPage.locator("[data-testid=flash]")).containsText("已审核通过");

        open("/messages");
        reloadUntilVisible(page, page.locator("[data-testid=message-row]")
                .filter(new Locator.FilterOptions().setHasText("企业 " + company + " 已通过认证")));
        assertThat(page.locator("[data-testid=current-enterprise]")).hasText(company);

        open("/products?city=foshan");
        page.locator("[data-testid=market]").getByText("国信税易贷").click();
        page.locator("[data-testid=apply]").click();
        assertThat(page).hasURL(Pattern.compile("/enterprise/products/\\d+/apply"));
        assertThat(page.locator("[data-testid=admission]")).containsText("经营满2年");
        page.locator("#amountWan").fill("500");
        page.locator("#termMonths").fill("12");
        page.locator("#purpose").fill("采购原材料，扩大生产");
        page.locator("[data-testid=apply-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=amountWan-error]")).containsText("申请金额须在 10 – 300 万元之间");
        assertThat(page.locator("#purpose")).hasValue("采购原材料，扩大生产");
        page.locator("#amountWan").fill("100");
        page.locator("[data-testid=apply-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("申请已提交");
        assertThat(page.locator("[data-testid=order-status]")).hasText("待受理");
        String orderNo = page.locator("[data-testid=order-no]").innerText();
        screenshot("order-enterprise-submitted");

        advisorPage.locator("[data-testid=side-nav]").getByText("订单跟踪").click();
        advisorPage.locator("#enterprise").fill(company);
        advisorPage.locator("form[role=search] button[type=submit]").click();
        advisorPage.locator("[data-testid=orders]").getByText(orderNo).click();
        assertThat(advisorPage.locator("[data-testid=order-status]")).hasText("待受理");
        assertThat(advisorPage.locator("[data-testid=timeline]")).containsText("待受理");

        Page bank = anotherPerson();
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        signIn(bank, admin.phone(), InstitutionFixtures.PASSWORD);
        bank.locator("[data-testid=side-nav]").getByText("订单管理").click();
        bank.locator("#enterprise").fill(company);
        bank.locator("[data-testid=order-filter] button[type=submit]").click();
        bank.locator("[data-testid=orders]").getByText(orderNo).click();
        assertThat(bank.locator("[data-testid=order-manager]")).hasText("待指派");
        bank.locator("#assign-manager").selectOption(String.valueOf(manager.accountId()));
        bank.locator("[data-testid=assign]").click();
        assertThat(bank.locator("[data-testid=flash]")).containsText("订单已指派");
        bank.context().clearCookies();

        signIn(bank, manager.phone(), InstitutionFixtures.PASSWORD);
        bank.locator("[data-testid=side-nav]").getByText("订单管理").click();
        bank.locator("[data-testid=orders]").getByText(orderNo).click();
        bank.locator("[data-testid=accept]").click();
        assertThat(bank.locator("[data-testid=order-status]")).hasText("已受理");
        bank.locator("#note").fill("已电话联系企业，约定下周上门调查");
        bank.locator("[data-testid=note-form] button[type=submit]").click();
        bank.locator("[data-testid=review]").click();
        assertThat(bank.locator("[data-testid=order-status]")).hasText("审批中");
        bank.locator("[data-testid=credit-form] #lineWan").fill("100");
        bank.locator("[data-testid=credit-form] #annualRate").fill("99");
        bank.locator("[data-testid=approve]").click();
        assertThat(bank.locator("[data-testid=credit-form] [data-testid=annualRate-error]")).containsText("年利率须在 0% – 36% 之间");
        bank.locator("[data-testid=credit-form] #annualRate").fill("4.35");
        bank.locator("[data-testid=approve]").click();
        assertThat(bank.locator("[data-testid=order-status]")).hasText("已授信");
        assertThat(bank.locator("[data-testid=disbursement-form] #amountWan")).hasValue("100");
        bank.locator("[data-testid=disbursement-form] #method").selectOption("EQUAL_INSTALLMENT");
        bank.locator("[data-testid=disburse]").click();
        assertThat(bank.locator("[data-testid=order-status]")).hasText("已放款");
        assertThat(bank.locator("[data-testid=schedule] tbody tr")).hasCount(12);
        screenshot(bank, "order-bank-disbursed");

        page.reload();
        assertThat(page.locator("[data-testid=order-status]")).hasText("已放款");
        Locator timeline = page.locator("[data-testid=timeline]");
        for (String step : new String[] {"待受理", "指派客户经理", "已受理", "已电话联系企业，约定下周上门调查", "审批中",
                "已授信", "已放款"}) {
            assertThat(timeline).containsText(step);
        }
        assertThat(page.locator("[data-testid=credit]")).containsText("4.35");
        Locator firstRow = page.locator("[data-testid=schedule] tbody tr").first();
        assertThat(firstRow).containsText("85,309.90");
        assertThat(page.locator("[data-testid=schedule] tbody tr").last()).containsText("85,309.89");
        screenshot("order-enterprise-schedule");

        bank.locator("[data-testid=repay]").click();
        assertThat(bank.locator("[data-testid=flash]")).containsText("还款已登记");
        String outstanding = bank.locator("[data-testid=loan-outstanding]").innerText().replace(",", "");
        bank.locator("[data-testid=repayment-form] #amount").fill(outstanding);
        bank.locator("[data-testid=repay]").click();
        assertThat(bank.locator("[data-testid=order-status]")).hasText("已结清");

        page.reload();
        assertThat(page.locator("[data-testid=order-status]")).hasText("已结清");
        assertThat(page.locator("[data-testid=repayments] li")).hasCount(2);
        assertThat(jdbc.sql("select count(*) from financing_installment i join financing_loan l on l.id = i.loan_id "
                        + "join financing_order o on o.id = l.order_id where o.order_no = :no and i.paid < i.amount")
                .param("no", orderNo).query(Long.class).single()).isZero();
    }

    private void addCompanyWithCertificates(String company) throws IOException {
        page.locator("[data-testid=side-nav]").getByText("我的企业").click();
        EnterprisePages.addEnterprise(page, company, "440604");
        page.locator("#licence").setInputFiles(image());
        page.locator("#idFront").setInputFiles(image());
        page.locator("#idBack").setInputFiles(image());
        page.locator("[data-testid=submit-certificates]").click();
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("审核中");
    }

    private static Path image() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        image.createGraphics().setColor(Color.ORANGE);
        Path file = Files.createTempFile("certificate", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
