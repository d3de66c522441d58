package org.xinyidai.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.portal.PortalFixtures.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.Role;

/** City sites: reaching one by ?city= or /code/, the friendly page for an unknown one, the admin's form. */
@SpringBootTest
@AutoConfigureMockMvc
class CitySitesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    SiteApi sites;

    @Test
    void anUnknownCityGetsAPageListingTheSites() throws Exception {
        mvc.perform(get("/help").param("city", "atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("未找到该分站"), containsString("atlantis"),
                        containsString("佛山站"), containsString("广州站"), containsString("city=guangzhou"))));
        mvc.perform(get("/").param("city", "atlantis").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("City site not found"), containsString("Guangzhou"))));
        mvc.perform(get("/sites"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("城市分站"), containsString("佛山站"),
                        containsString("广州站"))));
    }

    @Test
    void theNoticesLinkFormChoosesTheSiteWhateverItsCase() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/").param("city", "Guangzhou").session(session)).andExpect(status().isOk());
        mvc.perform(get("/help").session(session))
                .andExpect(content().string(containsString("400-8020-020")));
    }

    @Test
    void aSitePrefixChoosesTheSiteAndLeadsOnToThePage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/guangzhou/help?q=sms&lang=zh_CN").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/help?q=sms&lang=zh_CN"));
        mvc.perform(get("/help").session(session))
                .andExpect(content().string(allOf(containsString("广州站"), containsString("400-8020-020"))));
        mvc.perform(get("/foshan").session(session)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/contact").session(session))
                .andExpect(content().string(allOf(containsString("佛山站"), containsString("400-1016-871"))));
        // Not a site: an unknown address, a 404 for anonymous visitors too.
        mvc.perform(get("/nosuchsite/help")).andExpect(status().isNotFound());
    }

    @Test
    void nonAdminsAreRefusedTheAdminPages() throws Exception {
        var enterprise = as(accounts, Role.ENTERPRISE);
        var advisor = as(accounts, Role.ADVISOR);
        for (String page : new String[] {"/admin/sites", "/admin/sites/new", "/admin/help", "/admin/feedback"}) {
            mvc.perform(get(page).with(enterprise)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(advisor)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/sites").with(as(accounts, Role.PLATFORM_ADMIN))).andExpect(status().isOk());
    }

    @Test
    void badSiteDetailsAreRefusedBesideTheFieldsAndNothingIsSaved() throws Exception {
        var admin = as(accounts, Role.PLATFORM_ADMIN);
        mvc.perform(siteForm("Shen-Zhen", "not-an-email", "0").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("分站代码只能由2至32个小写英文字母组成"),
                        containsString("请输入正确的电子邮箱地址"), containsString("受理时限须为1至30个工作日"))));

        mvc.perform(siteForm("shenzhen", "sz@example.org.cn", "3").with(admin)
                        .file(new MockMultipartFile("bannerFile", "banner.png", "image/png", "not an image at all".getBytes())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请上传 PNG 或 JPEG 格式的图片")));

        mvc.perform(siteForm("help", "sz@example.org.cn", "3").with(admin))
                .andExpect(content().string(containsString("该代码与平台页面地址冲突")));
        mvc.perform(siteForm("foshan", "sz@example.org.cn", "3").with(admin))
                .andExpect(content().string(containsString("该分站代码已存在")));
        assertThat(sites.find("shenzhen")).isEmpty();
    }

    @Test
    void theAdminCreatesASiteWithABannerAndEditsItsDeadline() throws Exception {
        var admin = as(accounts, Role.PLATFORM_ADMIN);
        String code = "site" + letters();
        mvc.perform(siteForm(code, "zh@example.org.cn", "3", "46" + digits4()).with(admin)
                        .file(new MockMultipartFile("bannerFile", "banner.jpg", "image/jpeg", png())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/sites"));
        assertThat(sites.find(code)).hasValueSatisfying(s -> {
            assertThat(s.acceptanceDeadlineDays()).isEqualTo(3);
            assertThat(s.hasBanner()).isTrue();
            assertThat(s.districts()).hasSize(1);
        });
        mvc.perform(get("/contact/sites/{code}/banner", code))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));

        mvc.perform(multipart("/admin/sites/{code}/edit", code).with(admin).with(csrf())
                        .param("code", code).param("name", "测试城").param("nameEn", "Testville")
                        .param("regionCode", "449900").param("hotline", "400-000-0000").param("email", "t@example.org.cn")
                        .param("acceptanceDeadlineDays", "5").param("active", "true")
                        .param("districts[0].regionCode", sites.find(code).orElseThrow().districts().get(0).regionCode())
                        .param("districts[0].name", "一区").param("districts[0].nameEn", "District One"))
                .andExpect(redirectedUrl("/admin/sites"));
        assertThat(sites.acceptanceDeadlineDays(code)).isEqualTo(5);
        assertThat(sites.find(code).orElseThrow().hasBanner()).as("an edit without a file keeps the banner").isTrue();
        mvc.perform(get("/admin/audit").with(admin).param("action", "SITE_UPDATE"))
                .andExpect(content().string(containsString(code)));
    }

    @Test
    void aDistrictListedTwiceOrAnotherSitesIsRefusedBesideItsLine() throws Exception {
        var admin = as(accounts, Role.PLATFORM_ADMIN);
        String code = "site" + letters();
        String district = "49" + digits4();
        String html = mvc.perform(siteForm(code, "zh@example.org.cn", "3", district).with(admin)
                        .param("districts[1].regionCode", district).param("districts[1].name", "二区")
                        .param("districts[1].nameEn", "District Two")
                        .param("districts[2].regionCode", "440604").param("districts[2].name", "禅城区")
                        .param("districts[2].nameEn", "Chancheng"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var page = org.jsoup.Jsoup.parse(html);
        assertThat(page.selectFirst("input[name=districts[1].regionCode]").parent().text()).contains("区划代码重复");
        assertThat(page.selectFirst("input[name=districts[2].regionCode]").parent().text()).contains("该区县已属于其他分站");
        assertThat(sites.find(code)).isEmpty();
    }

    @Test
    void anUntickedBoxClosesTheSiteAndBlankDistrictLinesAreIgnored() throws Exception {
        var admin = as(accounts, Role.PLATFORM_ADMIN);
        String code = "site" + letters();
        mvc.perform(siteForm(code, "zh@example.org.cn", "3", "48" + digits4()).with(admin)
                        .param("districts[1].regionCode", " ").param("districts[1].name", ""))
                .andExpect(redirectedUrl("/admin/sites"));
        mvc.perform(multipart("/admin/sites/{code}/edit", code).with(admin).with(csrf())
                        .param("code", code).param("name", "测试城").param("nameEn", "Testville")
                        .param("regionCode", "449900").param("hotline", "400-000-0000").param("email", "t@example.org.cn")
                        .param("acceptanceDeadlineDays", "3").param("_active", "on")
                        .param("districts[0].regionCode", sites.find(code).orElseThrow().districts().get(0).regionCode())
                        .param("districts[0].name", "一区").param("districts[0].nameEn", "District One"))
                .andExpect(redirectedUrl("/admin/sites"));
        assertThat(sites.find(code)).hasValueSatisfying(s -> {
            assertThat(s.active()).as("the box left unticked").isFalse();
            assertThat(s.districts()).hasSize(1);
        });
        mvc.perform(get("/sites")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));
    }

    private MockMultipartHttpServletRequestBuilder siteForm(String code, String email, String deadline) {
        return siteForm(code, email, deadline, "459901");
    }

    private MockMultipartHttpServletRequestBuilder siteForm(String code, String email, String deadline, String district) {
        MockMultipartHttpServletRequestBuilder form = multipart("/admin/sites/new");
        form.with(csrf())
                .param("code", code).param("name", "测试城").param("nameEn", "Testville").param("regionCode", "449900")
                .param("hotline", "400-000-0000").param("email", email).param("acceptanceDeadlineDays", deadline)
                .param("active", "true").param("districts[0].regionCode", district)
                .param("districts[0].name", "一区").param("districts[0].nameEn", "District One");
        return form;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    private static String digits4() {
        return String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
    }
}
