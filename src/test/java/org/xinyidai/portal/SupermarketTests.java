package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.ProductApi;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.admission.AdmissionCriteria;

/** 金融超市 from the outside: filters, the site's products only, unpublished products 404, paging keeps filters. */
@SpringBootTest
@AutoConfigureMockMvc
class SupermarketTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProductApi products;
    @Autowired
    Clock clock;

    @Test
    void filtersNarrowTheList() throws Exception {
        assertThat(list("guarantee=GUARANTEE")).contains("担保增信贷").doesNotContain("国信税易贷").doesNotContain("佛银首贷通");
        assertThat(list("tag=FIRST_LOAN")).contains("佛银首贷通").contains("国信科创贷").doesNotContain("担保增信贷");
        assertThat(list("amount=500")).contains("国信科创贷").doesNotContain("国信税易贷").doesNotContain("佛银首贷通");
        assertThat(list("term=30&type=IP_PLEDGE")).contains("国信科创贷").doesNotContain("担保增信贷");
    }

    @Test
    void anotherSiteDoesNotShowFoshansProductsAndAnUnpublishedProductIsNotFound() throws Exception {
        MockHttpSession emptySite = new MockHttpSession();
        String html = mvc.perform(get("/products").param("city", "guangzhou").session(emptySite)).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).doesNotContain("国信税易贷").doesNotContain("佛银首贷通");
        long foshanProduct = id("国信税易贷");
        mvc.perform(get("/products/" + foshanProduct).session(emptySite)).andExpect(status().isNotFound());
        mvc.perform(get("/products/" + foshanProduct).param("city", "foshan")).andExpect(status().isOk());
        jdbc.sql("update product_product set status = 'OFFLINE' where id = :id").param("id", id("担保增信贷")).update();
        try {
            mvc.perform(get("/products/" + id("担保增信贷")).param("city", "foshan")).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("update product_product set status = 'PUBLISHED' where id = :id").param("id", id("担保增信贷")).update();
        }
    }

    @Test
    void pagingKeepsTheFilters() throws Exception {
        long institution = jdbc.sql("select id from institution_institution where name = '佛山示范城市商业银行股份有限公司'")
                .query(Long.class).single();
        long creator = jdbc.sql("select id from identity_account where phone = '13820000001'").query(Long.class).single();
        for (int i = 1; i <= 13; i++) {
            products.ensurePublished(institution, creator, new ProductDraft("分页测试抵押贷" + i, ProductType.MORTGAGE_LOAN,
                    EnumSet.of(GuaranteeMethod.MORTGAGE), Money.ofWan("100"), Money.ofWan("800"), 12, 60,
                    Rate.ofPercent("3.2"), Rate.ofPercent("4.5"), EnumSet.of(RepaymentMethod.EQUAL_PRINCIPAL), true,
                    AdmissionCriteria.NONE, null, null, null, null, null, Set.of()));
        }
        String html = list("guarantee=MORTGAGE&sort=RATE");
        assertThat(html).contains("共 13 条").contains("page=2").contains("guarantee=MORTGAGE").contains("sort=RATE");
        String second = list("guarantee=MORTGAGE&sort=RATE&page=2");
        assertThat(second).contains("2 / 2").contains("分页测试抵押贷");
    }

    @Test
    void mostPopularOrdersByApplicationsInTheLastNinetyDaysTiesByNewest() throws Exception {
        List<String> newest = cards(list("sort=NEWEST"));
        String last = newest.get(newest.size() - 1);
        String secondLast = newest.get(newest.size() - 2);
        String oldFavourite = newest.get(newest.size() - 3);
        LocalDateTime now = LocalDateTime.now(clock);
        long most = jdbc.sql("select count(*) from financing_order where submitted_at >= :since group by product_id"
                + " order by count(*) desc limit 1").param("since", now.minusDays(90)).query(Long.class).optional().orElse(0L);
        try {
            for (int i = 0; i < most + 2; i++) {
                order(last, now.minusDays(i % 2 == 0 ? 1 : 89));
            }
            for (int i = 0; i < most + 1; i++) {
                order(secondLast, now.minusDays(3));
            }
            for (int i = 0; i < most + 5; i++) {
                order(oldFavourite, now.minusDays(91)); // too old to count
            }
            List<String> popular = cards(list("sort=POPULAR"));
            assertThat(popular).startsWith(last, secondLast);
            assertThat(popular.indexOf(oldFavourite)).isGreaterThan(1);
        } finally {
            jdbc.sql("delete from financing_order where enterprise_id = 9077").update();
        }
    }

    @Test
    void clearTheFiltersIsOfferedOnlyWhenAFilterIsSet() throws Exception {
        String sorted = list("sort=RATE");
        assertThat(sorted).doesNotContain("清除筛选");
        assertThat(list("amount=999999")).contains("没有符合条件的产品").contains("清除筛选")
                .doesNotContain("本站暂无上架的金融产品");
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() throws Exception {
        String html = list("page=9");
        Matcher pageOf = Pattern.compile("(\\d+) / (\\d+)").matcher(html);
        assertThat(pageOf.find()).isTrue();
        assertThat(pageOf.group(1)).isEqualTo(pageOf.group(2));
        assertThat(cards(html)).isNotEmpty();
        assertThat(html).doesNotContain("没有符合条件的产品");
    }

    private static List<String> cards(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("data-product=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private void order(String product, LocalDateTime at) {
        jdbc.sql("""
                insert into financing_order (site_code, enterprise_id, enterprise_name, enterprise_region,
                    applicant_account, contact_name, contact_phone, institution_id, node_id, node_path, product_id,
                    product_name, channel, amount, term_months, purpose, status, submitted_at, updated_at)
                values ('foshan', 9077, '热度测试企业', '440604', 1, '张三', '13900000077', 1, 1, '/1/', :product,
                    :name, 'ONLINE', 1000000, 12, '采购', 'WITHDRAWN', :at, :at)""")
                .param("product", id(product)).param("name", product).param("at", at).update();
    }

    private String list(String query) throws Exception {
        return mvc.perform(get("/products?city=foshan&" + query)).andReturn().getResponse().getContentAsString();
    }

    private long id(String name) {
        return jdbc.sql("select id from product_product where name = :n").param("n", name).query(Long.class).single();
    }
}
