package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A site without a single product (广州 in the demo data) says so and offers the next steps, without a 清除筛选 that
 * would clear nothing. On a database of its own: a product without district limits, which other tests publish,
 * is on every site's shelf.
 */
@SpringBootTest(properties = "spring.datasource.url="
        + "jdbc:h2:mem:empty-supermarket;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
class EmptySupermarketTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aSiteWithoutProductsSaysSoAndOffersTheNextSteps() throws Exception {
        MockHttpSession guangzhou = new MockHttpSession();
        String none = mvc.perform(get("/products").param("city", "guangzhou").session(guangzhou)).andReturn()
                .getResponse().getContentAsString();
        assertThat(none).doesNotContain("清除筛选").contains("本站暂无上架的金融产品")
                .contains("href=\"/enterprise/demands/new\"");
        String sorted = mvc.perform(get("/products").param("sort", "RATE").session(guangzhou)).andReturn()
                .getResponse().getContentAsString();
        assertThat(sorted).doesNotContain("清除筛选").contains("本站暂无上架的金融产品");
    }
}
