package org.xinyidai.institution.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.Institutions;
import org.xinyidai.institution.Institutions.InstitutionSummary;
import org.xinyidai.shared.PhoneNumber;

/**
 * The onboarding pages from the outside: the public form refuses bad input beside the field and saves
 * nothing; only the platform admin reviews; approval opens the institution and its HQ admin once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OnboardingWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Institutions institutions;
    @Autowired
    DevSmsOutbox smsOutbox;

    @Test
    void theFormIsInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        mvc.perform(get("/onboarding"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("金融机构入驻申请")))
                .andExpect(content().string(containsString("农村商业银行")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/onboarding").param("lang", "en"))
                .andExpect(content().string(containsString("Institution onboarding application")))
                .andExpect(content().string(containsString("Dedicated administrator")));
    }

    @Test
    void aTextFileRenamedToPngIsRefusedBesideTheLogoAndNothingIsSaved() throws Exception {
        long before = applicationCount();
        byte[] text = "不是图片".getBytes(StandardCharsets.UTF_8);
        mvc.perform(application(uniqueName(), newPhone(), new MockMultipartFile("logo", "logo.png", "image/png", text)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOGO 须为 PNG 或 JPEG 图片（按文件内容识别），该文件不是有效图片")))
                .andExpect(content().string(containsString("data-testid=\"logo-error\"")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void anImageOverTwoMegabytesIsRefused() throws Exception {
        long before = applicationCount();
        mvc.perform(application(uniqueName(), newPhone(),
                        new MockMultipartFile("logo", "big.png", "image/png", noisyPng(1000, 900))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOGO 图片不能超过 2 MB")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void emptyRequiredFieldsAreEachRefusedAndNothingIsSaved() throws Exception {
        long before = applicationCount();
        mvc.perform(multipart("/onboarding").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入单位全称")))
                .andExpect(content().string(containsString("请输入单位简称")))
                .andExpect(content().string(containsString("请选择单位类型")))
                .andExpect(content().string(containsString("请输入单位简介及主要服务")))
                .andExpect(content().string(containsString("请上传单位 LOGO")))
                .andExpect(content().string(containsString("请输入姓名")))
                .andExpect(content().string(containsString("请输入职务")))
                .andExpect(content().string(containsString("请输入手机号")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void anIntroductionOfFiveHundredCharactersIsAcceptedAndOneMoreIsRefused() throws Exception {
        long before = applicationCount();
        mvc.perform(application(uniqueName(), newPhone(), pngLogo(), "简".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位简介不能超过500字")));
        assertThat(applicationCount()).isEqualTo(before);

        String lines = "简".repeat(249) + "\r\n" + "介".repeat(250);
        mvc.perform(application(uniqueName(), newPhone(), pngLogo(), lines))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/onboarding/submitted"));
        assertThat(applicationCount()).isEqualTo(before + 1);
    }

    @Test
    void aBadMobileAndATooLongNameAreRefusedBesideTheirFields() throws Exception {
        Map<String, String> fields = fields("银".repeat(65), "12345");
        fields.put("headMobile", "1380000");
        mvc.perform(application(fields, pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位全称不能超过64个字")))
                .andExpect(content().string(containsString("data-testid=\"adminMobile-error\"")))
                .andExpect(content().string(containsString("data-testid=\"headMobile-error\"")))
                .andExpect(content().string(containsString("请输入正确的11位手机号")));
    }

    @Test
    void anAdministratorMobileThatAlreadyHasAnAccountIsRefused() throws Exception {
        String taken = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(taken), "已有账号", Role.ADVISOR).withSite("foshan"));
        long before = applicationCount();
        mvc.perform(application(uniqueName(), taken, pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该手机号已注册平台账号，请更换专管员手机号")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void aNameOnThePlatformOrAwaitingReviewIsRefused() throws Exception {
        mvc.perform(application("国信示范银行股份有限公司", newPhone(), pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该机构已入驻平台")));
        String name = uniqueName();
        submit(name, newPhone());
        mvc.perform(application(name, newPhone(), pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该机构已有待审核的入驻申请")));
    }

    @Test
    void aGoodApplicationIsSavedWithItsNumberAndAuditedUnderTheMaskedMobile() throws Exception {
        String mobile = newPhone();
        String name = uniqueName();
        var result = mvc.perform(application(name, mobile, pngLogo()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/onboarding/submitted"))
                .andReturn();
        String number = (String) result.getFlashMap().get("number");
        assertThat(number).startsWith("RZ");
        mvc.perform(get("/onboarding/submitted").flashAttr("number", number).flashAttr("adminMobile", "x"))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/onboarding/submitted")).andExpect(redirectedUrl("/onboarding"));

        long id = Long.parseLong(number.substring(2));
        assertThat(jdbc.sql("select status from institution_application where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("""
                select count(*) from audit_operation where action = 'ONBOARDING_SUBMIT' and target_id = :id
                  and actor_id is null and actor_name = :masked""")
                .param("id", String.valueOf(id)).param("masked", new PhoneNumber(mobile).masked())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyThePlatformAdminReachesTheReviewPages() throws Exception {
        long id = submit(uniqueName(), newPhone());
        for (Role role : List.of(Role.ENTERPRISE, Role.INST_HQ_ADMIN, Role.ADVISOR)) {
            var user = as(role);
            mvc.perform(get("/admin/onboarding").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/onboarding/" + id + "/logo").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/onboarding/" + id + "/approve").with(user).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/onboarding")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/onboarding").with(as(Role.PLATFORM_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OnboardingApplication.number(id))));
    }

    @Test
    void theListMasksMobilesAndFiltersByStatusAndName() throws Exception {
        String mobile = newPhone();
        String name = uniqueName();
        submit(name, mobile);
        var admin = as(Role.PLATFORM_ADMIN);
        mvc.perform(get("/admin/onboarding").param("status", "SUBMITTED").param("q", name).with(admin))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(new PhoneNumber(mobile).masked())))
                .andExpect(content().string(not(containsString(mobile))));
        mvc.perform(get("/admin/onboarding").param("status", "APPROVED").param("q", name).with(admin))
                .andExpect(content().string(containsString("暂无符合条件的入驻申请")))
                .andExpect(content().string(containsString("共 0 条")));
    }

    @Test
    void theAdminSeesTheLogoAsStoredAndNeverSniffed() throws Exception {
        byte[] png = png(48, 48);
        long id = submit(uniqueName(), newPhone(), new MockMultipartFile("logo", "logo.jpg", "image/jpeg", png));
        mvc.perform(get("/admin/onboarding/" + id + "/logo").with(as(Role.PLATFORM_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(png));
    }

    @Test
    void approvalOpensTheInstitutionAndItsHqAdminOnceAndASecondApprovalIsRefused() throws Exception {
        String mobile = newPhone();
        String name = uniqueName();
        long id = submit(name, mobile);
        var admin = as(Role.PLATFORM_ADMIN);

        mvc.perform(post("/admin/onboarding/" + id + "/approve").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/onboarding/" + id))
                .andExpect(flash().attribute("flash", "onboarding.review.approved"));

        InstitutionSummary institution = institutions.findByName(name).orElseThrow();
        assertThat(institution.type()).isEqualTo(InstitutionType.CITY_COMMERCIAL_BANK);
        AccountView hqAdmin = accounts.find(accounts.findIdByPhone(new PhoneNumber(mobile)).orElseThrow()).orElseThrow();
        assertThat(hqAdmin.role()).isEqualTo(Role.INST_HQ_ADMIN);
        assertThat(hqAdmin.mustSetPassword()).isTrue();
        assertThat(hqAdmin.institutionId()).isEqualTo(institution.id());
        assertThat(hqAdmin.nodeId()).isEqualTo(institution.headOfficeNodeId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(textsTo(mobile))
                .singleElement().asString().contains("审核通过", name));

        mvc.perform(post("/admin/onboarding/" + id + "/approve").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/onboarding/" + id))
                .andExpect(flash().attribute("flashError", "onboarding.review.notPending"));
        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "重复").with(admin).with(csrf()))
                .andExpect(flash().attribute("flashError", "onboarding.review.notPending"));
        assertThat(institutions.all().stream().filter(i -> i.name().equals(name))).hasSize(1);
        assertThat(jdbc.sql("""
                select result from audit_operation where action = 'ONBOARDING_APPROVE' and target_id = :id order by id""")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("SUCCESS", "FAILURE");
        assertThat(jdbc.sql("""
                select count(*) from audit_operation where action = 'ACCOUNT_CREATE' and target_id = :account
                  and detail like 'INST_HQ_ADMIN%'""")
                .param("account", String.valueOf(hqAdmin.id())).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/onboarding/" + id).with(admin))
                .andExpect(content().string(containsString("已开通机构")))
                .andExpect(content().string(not(containsString("data-testid=\"approve\""))));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheApplicantReceivesBySms() throws Exception {
        String mobile = newPhone();
        long id = submit(uniqueName(), mobile);
        var admin = as(Role.PLATFORM_ADMIN);

        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "  ").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写驳回原因")));
        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "因".repeat(201)).with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("驳回原因不能超过200字")));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        mvc.perform(post("/admin/onboarding/" + id + "/reject").param("reason", "LOGO 不清晰，请重新提交。")
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("flash", "onboarding.review.rejected"));
        assertThat(statusOf(id)).isEqualTo("REJECTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(textsTo(mobile))
                .singleElement().asString().contains("原因：LOGO 不清晰，请重新提交。如有疑问"));
        assertThat(accounts.findIdByPhone(new PhoneNumber(mobile))).isEmpty();
        mvc.perform(post("/admin/onboarding/" + id + "/approve").with(admin).with(csrf()))
                .andExpect(flash().attribute("flashError", "onboarding.review.notPending"));
    }

    @Test
    void anUnknownApplicationIsNotFound() throws Exception {
        var admin = as(Role.PLATFORM_ADMIN);
        mvc.perform(get("/admin/onboarding/987654321").with(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/onboarding/987654321/logo").with(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/onboarding/987654321/approve").with(admin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/onboarding/987654321/reject").param("reason", "无").with(admin).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private long submit(String name, String mobile) throws Exception {
        return submit(name, mobile, pngLogo());
    }

    private long submit(String name, String mobile, MockMultipartFile logo) throws Exception {
        String number = (String) mvc.perform(application(name, mobile, logo))
                .andExpect(status().isFound())
                .andReturn().getFlashMap().get("number");
        return Long.parseLong(number.substring(2));
    }

    private static MockMultipartHttpServletRequestBuilder application(String name, String adminMobile,
                                                                      MockMultipartFile logo) {
        return application(fields(name, adminMobile), logo);
    }

    private static MockMultipartHttpServletRequestBuilder application(String name, String adminMobile,
                                                                      MockMultipartFile logo, String introduction) {
        Map<String, String> fields = fields(name, adminMobile);
        fields.put("introduction", introduction);
        return application(fields, logo);
    }

    private static MockMultipartHttpServletRequestBuilder application(Map<String, String> fields,
                                                                      MockMultipartFile logo) {
        MockMultipartHttpServletRequestBuilder request = multipart("/onboarding");
        request.file(logo);
        fields.forEach((name, value) -> request.param(name, value));
        request.with(csrf());
        return request;
    }

    /** The fields of a good application. */
    private static Map<String, String> fields(String name, String adminMobile) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", name);
        fields.put("shortName", "测试银行");
        fields.put("type", "CITY_COMMERCIAL_BANK");
        fields.put("introduction", "面向中小微企业的信用贷款与结算服务。");
        fields.put("headName", "王普惠");
        fields.put("headPosition", "普惠金融部总经理");
        fields.put("headMobile", "13900000001");
        fields.put("adminName", "李专管");
        fields.put("adminPosition", "普惠金融部经理");
        fields.put("adminMobile", adminMobile);
        return fields;
    }

    private long applicationCount() {
        return jdbc.sql("select count(*) from institution_application").query(Long.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from institution_application where id = :id").param("id", id)
                .query(String.class).single();
    }

    /** Signed in as a real, active account of that role. */
    private RequestPostProcessor as(Role role) {
        String phone = newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "审核测试", role, "foshan", null, null, null,
                null, "Tester@2026"));
        CurrentUser user = new CurrentUser(id, phone, "审核测试", role, "foshan", null, null, null, null, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private static String newPhone() {
        return "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    private static String uniqueName() {
        return "测试农村商业银行" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private static MockMultipartFile pngLogo() throws IOException {
        return new MockMultipartFile("logo", "logo.png", "image/png", png(64, 64));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x1f5fbf));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static byte[] noisyPng(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    /** The texts the dev outbox holds for one number (the SMS go out after the commit, on another thread). */
    private List<String> textsTo(String mobile) {
        return smsOutbox.messages().stream().filter(m -> m.phone().equals(mobile)).map(m -> m.text()).toList();
    }
}
