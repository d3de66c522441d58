package org.xinyidai.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;

/** 机构信息: the HQ admin's edits reach the public profile and logo; a fake logo changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHqAdminSavesIntroductionDistrictsAndALogoThatIsThenServedPublicly() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        byte[] png = png();
        mvc.perform(multipart("/institution/profile").file(new MockMultipartFile("logo", "logo.png", "image/png", png))
                        .param("introduction", "扎根佛山的城市商业银行，专注小微企业信用贷款。").param("contactPhone", "0757-8000 1234")
                        .param("contactAddress", "佛山市南海区桂城街道").param("districts", "440605", "440606")
                        .with(as(hq)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select introduction, districts_served, contact_phone from institution_institution where id = :id")
                .param("id", hq.institutionId()).query().singleRow();
        assertThat(row.get("introduction")).isEqualTo("扎根佛山的城市商业银行，专注小微企业信用贷款。");
        assertThat(row.get("districts_served")).isEqualTo("440605,440606");
        mvc.perform(get("/institutions/" + hq.institutionId() + "/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(png));
        assertThat(jdbc.sql("select count(*) from audit_operation where action = 'INSTITUTION_PROFILE_UPDATE' "
                + "and actor_id = :id").param("id", hq.accountId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTextFileNamedPngOrATooLongIntroductionIsRefusedAndNothingChanges() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        String before = introduction(hq.institutionId());
        mvc.perform(multipart("/institution/profile")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", "not an image".getBytes()))
                        .param("introduction", "新简介").with(as(hq)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("PNG"));
        mvc.perform(multipart("/institution/profile").param("introduction", "长".repeat(501)).with(as(hq)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("机构简介不能超过500个字"));
        assertThat(introduction(hq.institutionId())).isEqualTo(before);
    }

    @Test
    void anUnknownDistrictIsRefusedBesideTheDistrictsAndNothingChanges() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        String before = introduction(hq.institutionId());
        String html = mvc.perform(multipart("/institution/profile").param("introduction", "新简介")
                        .param("districts", "440604", "999999").with(as(hq)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("[data-testid=districts-error]").text()).isEqualTo("请选择列表中的服务区域");
        assertThat(introduction(hq.institutionId())).isEqualTo(before);
    }

    @Test
    void onlyTheHqAdminEditsTheProfile() throws Exception {
        CurrentUser branchAdmin = fixtures.person(InstitutionFixtures.CITY_BANK, "佛山城商行南海分行", Role.INST_ADMIN);
        mvc.perform(get("/institution/profile").with(as(branchAdmin))).andExpect(status().isForbidden());
    }

    private String introduction(long institutionId) {
        return jdbc.sql("select introduction from institution_institution where id = :id").param("id", institutionId)
                .query(String.class).optional().orElse(null);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1f5fbf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
