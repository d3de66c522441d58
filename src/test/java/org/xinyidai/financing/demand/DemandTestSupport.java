package org.xinyidai.financing.demand;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.enterprise.EnterpriseFixtures;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.financing.order.Orders;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.GuaranteeMethod;

/** What the demand tests share: real people and enterprises, a valid demand, and reading what was stored. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DemandTestSupport {


    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected EnterpriseFixtures people;
    @Autowired
    protected EnterpriseApi registry;
    @Autowired
    protected InstitutionFixtures institutions;
    @Autowired
    protected DemandPublishing publishing;
    @Autowired
    protected Dispatching dispatching;
    @Autowired
    protected Orders orders;
    @Autowired
    protected OrderSearch orderSearch;
    @Autowired
    protected OrderLifecycle lifecycle;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Clock clock;

    protected CurrentUser authenticatedEnterprise(String name) {
        CurrentUser user = people.enterpriseUser();
        registry.ensureAuthenticated(user.accountId(), "foshan",
                EnterpriseFixtures.enterprise(name, EnterpriseFixtures.validUscc()));
        return user;
    }

    protected DemandRequest request() {
        return new DemandRequest(new BigDecimal("150"), 12, "购买原材料",
                List.of(GuaranteeMethod.CREDIT, GuaranteeMethod.MORTGAGE), new BigDecimal("4.85"), today().plusDays(30),
                "440604", "王经理", "13912345678", null);
    }

    /** A complete, acceptable form; pairs of name and value replace fields. */
    protected MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder post, String... replacements) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("amountWan", "150");
        fields.put("termMonths", "12");
        fields.put("purpose", "购买原材料");
        fields.put("maxRate", "4.85");
        fields.put("neededBy", today().plusDays(30).toString());
        fields.put("regionCode", "440604");
        fields.put("contactName", "王经理");
        fields.put("contactPhone", "13912345678");
        fields.put("note", "");
        for (int i = 0; i < replacements.length; i += 2) {
            fields.put(replacements[i], replacements[i + 1]);
        }
        fields.forEach(post::param);
        return post.param("guaranteeMethods", "CREDIT", "MORTGAGE");
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected long demandsOf(CurrentUser user) {
        return jdbc.sql("select count(*) from financing_demand where account_id = :a").param("a", user.accountId())
                .query(Long.class).single();
    }

    protected String statusOf(long demandId) {
        return jdbc.sql("select status from financing_demand where id = :id").param("id", demandId)
                .query(String.class).single();
    }

    protected List<Order> ordersOfDemand(long demandId) {
        return jdbc.sql("select id from financing_order where demand_id = :d order by id").param("d", demandId)
                .query(Long.class).list().stream().map(id -> orders.find(id).orElseThrow()).toList();
    }
}
