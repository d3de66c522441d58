package org.xinyidai.enterprise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.enterprise.authentication.CertificateImage;
import org.xinyidai.enterprise.authentication.CertificateKind;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.support.BrowserTest;

/**
 * 我的企业 end to end: an enterprise user adds their enterprise (a bad field first), uploads its certificates, the
 * 佛山 advisor approves and the enterprise sees 已认证; the simulated face check; a rejection with its reason.
 */
class EnterpriseBrowserTests extends BrowserTest {

    @Autowired
    EnterpriseFixtures fixtures;
    @Autowired
    EnterpriseService service;
    @Autowired
    EnterpriseAuthentication authentication;

    @Test
    void anEnterpriseUserAddsTheirEnterpriseUploadsCertificatesAndTheAdvisorApproves() throws IOException {
        CurrentUser owner = fixtures.enterpriseUser();
        String name = "佛山市走查制造有限公司" + owner.phone().substring(7);
        signIn(page, owner.phone(), EnterpriseFixtures.PASSWORD);
        page.locator("[data-testid=side-nav]").getByText("我的企业").click();
        page.locator("[data-testid=add-company]").click();

        page.locator("#name").fill(name);
        page.locator("#uscc").fill(EnterpriseFixtures.validUscc());
        page.locator("#legalRepName").fill("张三");
        page.locator("#legalRepId").fill("110101199003077777");
        page.locator("#registeredCapitalWan").fill("500");
        page.locator("#establishedOn").fill("2018-05-20");
        page.locator("#regionCode").selectOption("440604");
        page.locator("#industry").selectOption("C");
        assertThat(page.locator("#sizingCategory")).hasValue("INDUSTRY");
        page.locator("#address").fill("佛山市禅城区走查路1号");
        page.locator("#employees").fill("80");
        page.locator("#annualRevenueWan").fill("3500");
        page.locator("#totalAssetsWan").fill("2000");
        page.locator("[data-testid=company-form] button[type=submit]").click();

        assertThat(page.locator("[data-testid=legalRepId-error]")).hasText("请输入正确的18位居民身份证号");
        assertThat(page.locator("#name")).hasValue(name);
        assertThat(page.locator("#employees")).hasValue("80");
        assertThat(page.locator("[data-testid=computed-size]")).containsText("小型企业");
        screenshot("enterprise-form-error");

        page.locator("#legalRepId").fill(EnterpriseFixtures.LEGAL_REP_ID);
        page.locator("[data-testid=company-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("企业已添加");
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("未认证");
        assertThat(page.locator("[data-testid=company-legal-rep-id]")).hasText("110***********002X");
        assertThat(page.locator("[data-testid=company-size]")).hasText("小型企业");

        page.locator("#licence").setInputFiles(image("licence", Color.ORANGE));
        page.locator("#idFront").setInputFiles(image("front", Color.CYAN));
        page.locator("#idBack").setInputFiles(image("back", Color.PINK));
        page.locator("[data-testid=submit-certificates]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("证照已上传");
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("审核中");
        screenshot("enterprise-pending");

        page.context().clearCookies();
        CurrentUser advisor = fixtures.advisor("foshan");
        signIn(page, advisor.phone(), EnterpriseFixtures.PASSWORD);
        page.locator("[data-testid=side-nav]").getByText("企业认证审核").click();
        Locator row = page.locator("[data-testid=review-queue] tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).hasCount(1);
        row.getByText("审核").click();
        assertThat(page.locator("[data-testid=uscc-check]")).hasText("统一社会信用代码校验通过");
        assertThat(page.locator("[data-testid=certificate-image]")).hasCount(3);
        assertThat(page.locator("[data-testid=company-legal-rep-id]")).hasText("110***********002X");
        screenshot("enterprise-advisor-review");
        page.onDialog(dialog -> dialog.accept());
        page.locator("[data-testid=approve]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已审核通过");

        page.context().clearCookies();
        signIn(page, owner.phone(), EnterpriseFixtures.PASSWORD);
        open("/enterprise/companies");
        Locator mine = page.locator("[data-testid=companies] tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(mine.locator("[data-testid=auth-status]")).hasText("已认证");
        assertThat(mine.locator("[data-testid=current-marker]")).hasText("当前企业");
    }

    @Test
    void theSimulatedFaceCheckAuthenticatesAtOnce() {
        CurrentUser owner = fixtures.enterpriseUser();
        long id = service.add(owner.account(), "foshan", EnterpriseFixtures.enterprise(
                "佛山市人脸走查有限公司" + owner.phone().substring(7), EnterpriseFixtures.validUscc())).enterpriseId();
        signIn(page, owner.phone(), EnterpriseFixtures.PASSWORD);
        open("/enterprise/companies/" + id);
        assertThat(page.locator("[data-testid=face-simulated]")).hasText("模拟人脸核验（开发环境，不连接真实核验服务）");

        page.locator("[data-testid=face-form] #name").fill("李四");
        page.locator("[data-testid=face-form] #idNumber").fill(EnterpriseFixtures.LEGAL_REP_ID);
        page.locator("[data-testid=submit-face]").click();
        assertThat(page.locator("[data-testid=flash-error]")).containsText("人脸核验未通过");
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("未认证");

        page.locator("[data-testid=face-form] #name").fill("张三");
        page.locator("[data-testid=face-form] #idNumber").fill(EnterpriseFixtures.LEGAL_REP_ID);
        page.locator("[data-testid=submit-face]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("人脸核验通过");
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("已认证");
        assertThat(page.locator("[data-testid=history]")).containsText("法人人脸核验");
    }

    @Test
    void aRejectionReachesTheEnterpriseWithItsReason() throws IOException {
        CurrentUser owner = fixtures.enterpriseUser();
        String name = "佛山市驳回走查有限公司" + owner.phone().substring(7);
        long id = service.add(owner.account(), "foshan",
                EnterpriseFixtures.enterprise(name, EnterpriseFixtures.validUscc())).enterpriseId();
        CertificateImage png = CertificateImage.check(Files.readAllBytes(image("c", Color.GREEN))).image();
        authentication.submitCertificates(owner.account(), EnterpriseId.of(id),
                Map.of(CertificateKind.LICENCE, png, CertificateKind.ID_FRONT, png, CertificateKind.ID_BACK, png));

        CurrentUser advisor = fixtures.advisor("foshan");
        signIn(page, advisor.phone(), EnterpriseFixtures.PASSWORD);
        open("/advisor/authentications/" + id);
        page.locator("[data-testid=reject]").click();
        assertThat(page.locator("[data-testid=reason-error]")).hasText("请填写驳回原因");
        page.locator("#reason").fill("营业执照照片不清晰，请重新上传");
        page.locator("[data-testid=reject]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已驳回");

        page.context().clearCookies();
        signIn(page, owner.phone(), EnterpriseFixtures.PASSWORD);
        open("/enterprise/companies/" + id);
        assertThat(page.locator("[data-testid=auth-status]").first()).hasText("认证未通过");
        assertThat(page.locator("[data-testid=rejection-reason]")).hasText("营业执照照片不清晰，请重新上传");
        assertThat(page.locator("[data-testid=certificates-form]")).isVisible();
    }

    private static Path image(String name, Color color) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.DARK_GRAY);
        g.drawString(name, 20, 100);
        g.dispose();
        Path file = Files.createTempFile("certificate-" + name, ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
