package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.portal.PortalFixtures.as;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.Role;
import org.xinyidai.portal.help.HelpArticle;
import org.xinyidai.portal.help.HelpArticles;

/** The help centre: the seeded guides and FAQs, search by body text, sanitising, publishing. */
@SpringBootTest
@AutoConfigureMockMvc
class HelpCentreTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    HelpArticles articles;

    @Test
    void theGuidesAndFaqsAreThereForEveryone() throws Exception {
        mvc.perform(get("/help"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("企业用户操作指南"), containsString("金融机构操作指南"),
                        containsString("忘记密码怎么办？"), containsString("使用平台要收费吗？"))));
        mvc.perform(get("/help").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Help centre"), containsString("Frequently asked questions"))));
    }

    @Test
    void searchFindsAnArticleByAWordInItsBody() throws Exception {
        // "锁定15分钟" is in the FAQ's answer, not in its title.
        mvc.perform(get("/help").param("q", "锁定15分钟"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("提示“账号已锁定”是什么原因？"),
                        not(containsString("如何切换到其他城市分站？")))));
        mvc.perform(get("/help").param("q", "批量导入"))
                .andExpect(content().string(containsString("金融机构操作指南")));
        // The enterprise guide names the page as it is (我的订单), and search finds the updated words.
        mvc.perform(get("/help").param("q", "还款计划（每期本金"))
                .andExpect(content().string(containsString("企业用户操作指南")));
        mvc.perform(get("/help").param("q", "100%_"))
                .andExpect(content().string(containsString("没有找到相关内容")));
    }

    @Test
    void anAdminsArticleIsSanitisedAndFoundOnlyOncePublished() throws Exception {
        var admin = as(accounts, Role.PLATFORM_ADMIN);
        String word = "词" + UUID.randomUUID().toString().substring(0, 8);
        long category = articles.categories().get(0).id();
        mvc.perform(post("/admin/help/new").with(admin).with(csrf())
                        .param("title", "测试文章 " + word).param("categoryId", Long.toString(category))
                        .param("kind", "ARTICLE").param("sortOrder", "500").param("_published", "on")
                        .param("body", "<p onclick=\"steal()\">正文 " + word + "</p><script>alert(1)</script>"))
                .andExpect(status().isFound());
        HelpArticle saved = articles.all().stream().filter(a -> a.title().contains(word)).findFirst().orElseThrow();
        assertThat(saved.body()).isEqualTo("<p>正文 " + word + "</p>").doesNotContain("script", "onclick");
        assertThat(saved.published()).as("unchecked box: not published").isFalse();

        mvc.perform(get("/help").param("q", word)).andExpect(content().string(containsString("没有找到相关内容")));
        mvc.perform(get("/help/{id}", saved.id())).andExpect(status().isNotFound());

        mvc.perform(post("/admin/help/{id}/publish", saved.id()).with(admin).with(csrf()).param("published", "true"))
                .andExpect(status().isFound());
        mvc.perform(get("/help").param("q", word)).andExpect(content().string(containsString("测试文章 " + word)));
        mvc.perform(get("/help/{id}", saved.id()))
                .andExpect(content().string(allOf(containsString("<p>正文 " + word + "</p>"), not(containsString("alert(1)")))));

        mvc.perform(post("/admin/help/{id}/delete", saved.id()).with(admin).with(csrf())).andExpect(status().isFound());
        assertThat(articles.find(saved.id())).isEmpty();
    }

    @Test
    void anEmptyTitleIsRefusedBesideTheField() throws Exception {
        var admin = as(accounts, Role.PLATFORM_ADMIN);
        int before = articles.all().size();
        mvc.perform(post("/admin/help/new").with(admin).with(csrf()).param("title", " ").param("kind", "FAQ")
                        .param("categoryId", "999999").param("sortOrder", "1").param("body", "<p>答</p>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请输入标题"), containsString("请选择分类"))));
        assertThat(articles.all()).hasSize(before);
    }
}
