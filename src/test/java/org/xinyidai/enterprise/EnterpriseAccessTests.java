package org.xinyidai.enterprise;

import static org.xinyidai.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.enterprise.authentication.AuthenticationReview;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.identity.CurrentUser;

/** Another account's enterprise, or another site's, answers 404 everywhere; bad input is explained beside it. */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseFixtures fixtures;
    @Autowired
    EnterpriseService service;
    @Autowired
    EnterpriseAuthentication authentication;
    @Autowired
    AuthenticationReview review;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherAccountsEnterpriseIsNotFound() throws Exception {
        CurrentUser owner = fixtures.enterpriseUser();
        long id = service.add(owner.account(), "foshan",
                EnterpriseFixtures.enterprise("佛山市访问测试有限公司", EnterpriseFixtures.validUscc())).enterpriseId();
        CurrentUser other = fixtures.enterpriseUser();

        mvc.perform(get("/enterprise/companies/" + id).with(as(owner))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("佛山市访问测试有限公司", "110***********002X", "小型企业", "模拟人脸核验（开发环境，不连接真实核验服务）")
                        .doesNotContain(EnterpriseFixtures.LEGAL_REP_ID));
        for (String path : List.of("/enterprise/companies/" + id, "/enterprise/companies/" + id + "/edit",
                "/enterprise/companies/" + id + "/certificates/LICENCE")) {
            mvc.perform(get(path).with(as(other))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/enterprise/companies/" + id + "/current").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprise/companies/" + id + "/face").param("name", "张三")
                        .param("idNumber", EnterpriseFixtures.LEGAL_REP_ID).with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprise/companies/" + id + "/edit").param("name", "改名").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/enterprise/companies/" + id + "/certificates")
                        .file(png("licence")).file(png("idFront")).file(png("idBack")).with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(stateOf(id)).isEqualTo("UNVERIFIED");
        mvc.perform(get("/enterprise/companies").with(as(other))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("佛山市访问测试有限公司"));
    }

    @Test
    void anAdvisorOfAnotherSiteGetsNotFound() throws Exception {
        CurrentUser owner = fixtures.enterpriseUser();
        long id = service.add(owner.account(), "foshan",
                EnterpriseFixtures.enterprise("佛山市跨站测试有限公司", EnterpriseFixtures.validUscc())).enterpriseId();
        mvc.perform(multipart("/enterprise/companies/" + id + "/certificates")
                        .file(png("licence")).file(png("idFront")).file(png("idBack")).with(as(owner)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(stateOf(id)).isEqualTo("PENDING_REVIEW");

        CurrentUser elsewhere = fixtures.advisor("guangzhou");
        for (String path : List.of("/advisor/authentications/" + id, "/advisor/authentications/" + id + "/certificates/LICENCE")) {
            mvc.perform(get(path).with(as(elsewhere))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/advisor/authentications/" + id + "/approve").with(as(elsewhere)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/advisor/authentications/" + id + "/reject").param("reason", "不行").with(as(elsewhere)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/advisor/authentications").with(as(elsewhere))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("佛山市跨站测试有限公司"));
        assertThat(stateOf(id)).isEqualTo("PENDING_REVIEW");

        CurrentUser foshan = fixtures.advisor("foshan");
        mvc.perform(get("/advisor/authentications").with(as(foshan))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("佛山市跨站测试有限公司"));
        mvc.perform(get("/advisor/authentications/" + id).with(as(foshan))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("110***********002X", "统一社会信用代码校验通过").doesNotContain(EnterpriseFixtures.LEGAL_REP_ID));
        mvc.perform(get("/advisor/authentications/" + id + "/certificates/LICENCE").with(as(foshan)))
                .andExpect(status().isOk());
        mvc.perform(post("/advisor/authentications/" + id + "/reject").param("reason", " ").with(as(foshan)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请填写驳回原因"));
        assertThat(stateOf(id)).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void badFieldsAreExplainedBesideThemAndNothingIsSaved() throws Exception {
        CurrentUser user = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.validUscc();
        mvc.perform(post("/enterprise/companies/new").with(as(user)).with(csrf())
                        .param("name", "").param("uscc", "12345").param("legalRepName", "张三")
                        .param("legalRepId", "110101199003077777").param("registeredCapitalWan", "abc")
                        .param("establishedOn", "2999-01-01").param("industry", "C").param("regionCode", "110101")
                        .param("employees", "-1").param("annualRevenueWan", "100").param("totalAssetsWan", "100"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(
                        "请输入企业名称", "统一社会信用代码应为 18 位数字或大写字母", "请输入正确的18位居民身份证号",
                        "成立日期不能晚于今天", "请选择本站的区", "从业人员数应为 0 或正整数", "格式不正确"));
        mvc.perform(post("/enterprise/companies/new").with(as(user)).with(csrf())
                        .param("name", "佛山市校验位表单有限公司").param("uscc", EnterpriseFixtures.wrongCheck(uscc))
                        .param("legalRepName", "张三").param("legalRepId", EnterpriseFixtures.LEGAL_REP_ID)
                        .param("registeredCapitalWan", "100").param("establishedOn", "2020-01-01").param("industry", "C")
                        .param("regionCode", "440604").param("employees", "5").param("annualRevenueWan", "100")
                        .param("totalAssetsWan", "100"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("统一社会信用代码校验位不符，提交后需人工审核", "请确认后再提交", "按所填数据划型为：微型企业"));
        assertThat(jdbc.sql("select count(*) from enterprise_member where account_id = :a").param("a", user.accountId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aChoiceNoFormOffersIsExplainedWithTheOtherMistakesAndWhatWasTypedStays() throws Exception {
        CurrentUser user = fixtures.enterpriseUser();
        mvc.perform(post("/enterprise/companies/new").with(as(user)).with(csrf())
                        .param("name", "佛山市试探有限公司").param("uscc", "").param("legalRepName", "张三")
                        .param("legalRepId", EnterpriseFixtures.LEGAL_REP_ID).param("registeredCapitalWan", "100")
                        .param("establishedOn", "2020-01-01").param("industry", "ZZ").param("regionCode", "440604")
                        .param("employees", "lots").param("annualRevenueWan", "100").param("totalAssetsWan", "100"))
                .andExpect(status().isOk())
                .andExpect(result -> {
                    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
                    assertThat(page.select("[data-testid=uscc-error]").text()).isEqualTo("请输入统一社会信用代码");
                    assertThat(page.select("[data-testid=industry-error]").text()).isEqualTo("格式不正确");
                    assertThat(page.select("[data-testid=employees-error]").text()).isEqualTo("格式不正确");
                    assertThat(page.select("#name").val()).isEqualTo("佛山市试探有限公司");
                    assertThat(page.select("#employees").val()).isEqualTo("lots");
                });
        assertThat(jdbc.sql("select count(*) from enterprise_member where account_id = :a").param("a", user.accountId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEnterpriseIsEditableUntilItAsksForAuthenticationAndAClaimNeedsConfirming() throws Exception {
        CurrentUser owner = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.validUscc();
        long id = service.add(owner.account(), "foshan", EnterpriseFixtures.enterprise("佛山市编辑测试有限公司", uscc))
                .enterpriseId();
        mvc.perform(get("/enterprise/companies/" + id + "/edit").with(as(owner))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("佛山市编辑测试有限公司", "留空则保留已登记的 110***********002X")
                        .doesNotContain(EnterpriseFixtures.LEGAL_REP_ID));
        mvc.perform(post("/enterprise/companies/" + id + "/edit").with(as(owner)).with(csrf())
                        .param("name", "佛山市编辑后有限公司").param("uscc", uscc).param("legalRepName", "张三")
                        .param("legalRepId", "").param("registeredCapitalWan", "100").param("establishedOn", "2020-01-01")
                        .param("industry", "F").param("sizingCategory", "RETAIL").param("regionCode", "440606")
                        .param("employees", "60").param("annualRevenueWan", "600").param("totalAssetsWan", "100")
                        .param("version", "0"))
                .andExpect(status().isFound());
        assertThat(service.mine(owner.account(), EnterpriseId.of(id))).satisfies(c -> {
            assertThat(c.name()).isEqualTo("佛山市编辑后有限公司");
            assertThat(c.size()).isEqualTo(org.xinyidai.shared.admission.EnterpriseSize.MEDIUM);
            assertThat(c.legalRepIdMasked()).isEqualTo("110***********002X");
        });

        CurrentUser claimant = fixtures.enterpriseUser();
        var claim = post("/enterprise/companies/new").with(as(claimant)).with(csrf())
                .param("name", "佛山市编辑后有限公司").param("uscc", uscc).param("legalRepName", "张三")
                .param("legalRepId", EnterpriseFixtures.LEGAL_REP_ID).param("registeredCapitalWan", "100")
                .param("establishedOn", "2020-01-01").param("industry", "F").param("regionCode", "440606")
                .param("employees", "60").param("annualRevenueWan", "600").param("totalAssetsWan", "100");
        mvc.perform(claim).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("该企业已由其他账号添加，提交后需融资顾问审核", "请确认后再提交"));
        mvc.perform(claim.param("confirmed", "true")).andExpect(status().isFound());
        mvc.perform(get("/enterprise/companies").with(as(claimant))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("认领审核中"));
        mvc.perform(get("/enterprise/companies/" + id).with(as(claimant))).andExpect(status().isNotFound());

        mvc.perform(multipart("/enterprise/companies/" + id + "/certificates")
                        .file(new MockMultipartFile("licence", "licence.png", "image/png", "not an image".getBytes()))
                        .with(as(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("请上传可以打开的 PNG 或 JPEG 图片", "请上传该证照图片"));
        assertThat(stateOf(id)).isEqualTo("UNVERIFIED");
        mvc.perform(multipart("/enterprise/companies/" + id + "/certificates")
                        .file(png("licence")).file(png("idFront")).file(png("idBack")).with(as(owner)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/enterprise/companies/" + id + "/edit").with(as(owner))).andExpect(status().isNotFound());
    }

    @Test
    void theAdvisorDecidesClaimsFromTheReviewPage() throws Exception {
        CurrentUser owner = fixtures.enterpriseUser();
        String uscc = EnterpriseFixtures.validUscc();
        long id = service.add(owner.account(), "foshan", EnterpriseFixtures.enterprise("佛山市认领页面有限公司", uscc))
                .enterpriseId();
        authentication.verifyFace(owner.account(), EnterpriseId.of(id), "张三", EnterpriseFixtures.LEGAL_REP_ID);
        CurrentUser claimant = fixtures.enterpriseUser();
        service.add(claimant.account(), "foshan", EnterpriseFixtures.enterprise("佛山市认领页面有限公司", uscc));

        CurrentUser advisor = fixtures.advisor("foshan");
        mvc.perform(get("/advisor/authentications").with(as(advisor))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("佛山市认领页面有限公司", "企业认领"));
        mvc.perform(get("/advisor/authentications/" + id).with(as(advisor))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("申请认领该企业", claimant.maskedPhone()));
        mvc.perform(post("/advisor/authentications/" + id + "/claims/" + claimant.accountId() + "/reject")
                        .param("reason", "").with(as(advisor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请填写驳回原因"));
        mvc.perform(post("/advisor/authentications/" + id + "/claims/" + claimant.accountId() + "/approve")
                        .with(as(fixtures.advisor("guangzhou"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/advisor/authentications/" + id + "/claims/" + claimant.accountId() + "/approve")
                        .with(as(advisor)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/enterprise/companies/" + id).with(as(claimant))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("已认证"));
        assertThat(jdbc.sql("select count(*) from audit_operation where action = 'ENTERPRISE_CLAIM_APPROVE' and actor_id = :a")
                .param("a", advisor.accountId()).query(Long.class).single()).isEqualTo(1);
    }

    private String stateOf(long id) {
        return jdbc.sql("select authentication from enterprise_enterprise where id = :id").param("id", id)
                .query(String.class).single();
    }

    static MockMultipartFile png(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return new MockMultipartFile(name, name + ".png", "image/png", out.toByteArray());
    }
}
