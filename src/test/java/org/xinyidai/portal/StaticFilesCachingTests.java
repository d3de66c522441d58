package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.SignedIn;

/**
 * Browsers keep CSS, JavaScript and images for a year because their URLs carry a version (a content hash for
 * our files, the version for WebJars); pages themselves are never stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticFilesCachingTests {

    private static final String LONG_LIVED = "max-age=31536000, public, immutable";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void ourStylesheetAndScriptAreLinkedWithAContentHashAndCachedForAYear() throws Exception {
        String home = page("/");
        String css = link(home, "href=\"(/css/app-[0-9a-f]{32}\\.css)\"");
        String js = link(home, "src=\"(/js/app-[0-9a-f]{32}\\.js)\"");
        String logo = link(home, "href=\"(/img/logo-[0-9a-f]{32}\\.svg)\"");

        for (String url : List.of(css, js, logo)) {
            MockHttpServletResponse answer = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(answer.getHeader("Cache-Control")).as(url).isEqualTo(LONG_LIVED);
            assertThat(answer.getHeaders("Cache-Control")).as(url).noneMatch(value -> value.contains("no-store"));
            assertThat(answer.getHeader("Pragma")).as(url).isNull();
        }
        assertThat(mvc.perform(get(css)).andReturn().getResponse().getContentAsString()).contains(".xyd-");
    }

    @Test
    void webJarsAreLinkedWithTheirVersionAndCachedForAYear() throws Exception {
        String home = page("/");
        String bootstrap = link(home, "href=\"(/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css)\"");
        String htmx = link(home, "src=\"(/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js)\"");

        for (String url : List.of(bootstrap, htmx)) {
            MockHttpServletResponse answer = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(answer.getHeader("Cache-Control")).as(url).isEqualTo(LONG_LIVED);
        }
    }

    @Test
    void aSignedInPageIsStillNeverStored() throws Exception {
        String phone = "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "缓存测试", Role.ENTERPRISE, "foshan", null,
                null, null, null, "Cache@2026"));
        CurrentUser user = new CurrentUser(id, phone, "缓存测试", Role.ENTERPRISE, "foshan", null, null, null, null,
                false);

        MockHttpServletResponse answer = mvc.perform(get("/enterprise").with(SignedIn.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(answer.getHeader("Cache-Control")).contains("no-store").contains("no-cache");
        assertThat(answer.getContentAsString()).containsPattern("/css/app-[0-9a-f]{32}\\.css");
    }

    /**
     * Every {@code @{…}} link of a page passes through the resource URL provider; a catch-all {@code /**}
     * resource path made each of them (dozens a page) a file lookup in the classpath jars, most of a page's
     * CPU under load. Only the static folders are resource paths.
     */
    @Test
    void onlyTheStaticFoldersAreLookedUpAsFiles() {
        assertThat(resourceUrls.getHandlerMap().keySet()).map(Object::toString)
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/img/**", "/webjars/**");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String link(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("the page links %s", regex).isTrue();
        return matcher.group(1);
    }
}
