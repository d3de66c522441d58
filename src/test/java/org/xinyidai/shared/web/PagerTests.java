package org.xinyidai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.xinyidai.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.support.SignedIn;

/** The shared pager (fragments/widgets :: pager / pageOf) never says page > pages, whatever the list. */
@SpringBootTest
@AutoConfigureMockMvc
class PagerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPagePastTheEndReadsAsTheLastPageAndPreviousLeadsThere() throws Exception {
        String html = mvc.perform(get("/admin/accounts").param("page", "99")
                        .with(as(SignedIn.demoAccount(jdbc, "13800000001"))))
                .andReturn().getResponse().getContentAsString();
        // However many accounts other tests made, page 99 is past the end: it reads as the last page, N / N.
        java.util.regex.Matcher pager = java.util.regex.Pattern.compile(">(\\d+) / (\\d+)<").matcher(html);
        assertThat(pager.find()).as("the pager's 'page / pages'").isTrue();
        int pages = Integer.parseInt(pager.group(2));
        assertThat(pages).isLessThan(99);
        assertThat(pager.group(1)).isEqualTo(pager.group(2));
        assertThat(html).doesNotContain(">99 / ").contains("page=" + pages);
    }
}
