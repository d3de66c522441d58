package org.xinyidai.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.xinyidai.portal.PortalFixtures.as;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.Role;

/**
 * The sites are cached (a change made behind the application's back stays unseen) and the admin's edit evicts
 * them: the next page shows the new name. {@link RedisSiteCacheTests} runs the same against Redis.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteCacheTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdminsEditOfASiteShowsOnTheNextPage() throws Exception {
        RequestPostProcessor admin = as(accounts, Role.PLATFORM_ADMIN);
        String code = "cache" + letters();
        String district = "47" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        mvc.perform(siteForm(multipart("/admin/sites/new"), code, "缓存城" + code, district).with(admin))
                .andExpect(redirectedUrl("/admin/sites"));
        assertThat(sitesPage()).contains("缓存城" + code);

        jdbc.sql("update site_site set name = :name where code = :code").param("name", "旁路城" + code)
                .param("code", code).update();
        assertThat(sitesPage()).as("read from the cache").contains("缓存城" + code).doesNotContain("旁路城" + code);

        mvc.perform(siteForm(multipart("/admin/sites/{code}/edit", code), code, "新名城" + code, district).with(admin))
                .andExpect(redirectedUrl("/admin/sites"));
        assertThat(sitesPage()).contains("新名城" + code).doesNotContain("缓存城" + code);
    }

    String sitesPage() throws Exception {
        return mvc.perform(get("/sites")).andReturn().getResponse().getContentAsString();
    }

    private static MockMultipartHttpServletRequestBuilder siteForm(MockMultipartHttpServletRequestBuilder form,
                                                                   String code, String name, String district) {
        form.with(csrf())
                .param("code", code).param("name", name).param("nameEn", "Cacheville").param("regionCode", "479900")
                .param("hotline", "400-000-0000").param("email", "cache@example.org.cn")
                .param("acceptanceDeadlineDays", "2").param("active", "true")
                .param("districts[0].regionCode", district)
                .param("districts[0].name", "一区").param("districts[0].nameEn", "District One");
        return form;
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
