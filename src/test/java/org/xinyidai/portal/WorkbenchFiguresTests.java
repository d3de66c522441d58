package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;

/** The institution workbench's figures equal counts taken straight from the database, within scope. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbenchFiguresTests {

    private static final Pattern STAT = Pattern.compile(
            "href=\"([^\"]+)\" data-testid=\"stat\">\\s*<div[^>]*>[^<]*</div>\\s*<div><span class=\"xyd-stat-value\">(\\d+)</span>");

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHqAdminsFiguresCoverTheWholeInstitution() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.CUSTOMER_MANAGER);
        Map<String, Long> shown = figures(hq);
        long institution = hq.institutionId();
        assertThat(shown.get("/institution/staff?approval=APPROVED")).isEqualTo(count(
                "select count(*) from institution_staff where institution_id = :i and approval = 'APPROVED'", institution));
        assertThat(shown.get("/institution/staff?approval=PENDING")).isEqualTo(count(
                "select count(*) from institution_staff where institution_id = :i and approval = 'PENDING'", institution));
        assertThat(shown.get("/institution/staff?work=ON_LEAVE")).isEqualTo(count(
                "select count(*) from institution_staff where institution_id = :i and work_status = 'ON_LEAVE'", institution));
        assertThat(shown.get("/institution/products?status=PUBLISHED")).isEqualTo(count(
                "select count(*) from product_product where institution_id = :i and status = 'PUBLISHED'", institution));
        assertThat(shown.get("/institution/products?status=DRAFT")).isEqualTo(count(
                "select count(*) from product_product where institution_id = :i and status = 'DRAFT'", institution));
        assertThat(shown.get("/institution/products?status=PUBLISHED")).isPositive();
    }

    @Test
    void aBranchAdminsStaffFiguresCoverOnlyTheirSubtree() throws Exception {
        CurrentUser shundeAdmin = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.INST_ADMIN);
        fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        Map<String, Long> shown = figures(shundeAdmin);
        String path = jdbc.sql("select path from institution_node where id = :id").param("id", shundeAdmin.nodeId())
                .query(String.class).single();
        assertThat(shown.get("/institution/staff?approval=APPROVED")).isEqualTo(jdbc.sql("""
                        select count(*) from institution_staff s join institution_node n on n.id = s.node_id
                        where n.path like :p and s.approval = 'APPROVED'""")
                .param("p", path + "%").query(Long.class).single());
    }

    private Map<String, Long> figures(CurrentUser user) throws Exception {
        String html = mvc.perform(get("/institution").with(SecurityMockMvcRequestPostProcessors.authentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null,
                                List.of(new SimpleGrantedAuthority(user.role().authority()))))))
                .andReturn().getResponse().getContentAsString();
        Map<String, Long> figures = new HashMap<>();
        Matcher m = STAT.matcher(html);
        while (m.find()) {
            figures.put(m.group(1), Long.parseLong(m.group(2)));
        }
        assertThat(figures).isNotEmpty();
        return figures;
    }

    private long count(String sql, long institution) {
        return jdbc.sql(sql).param("i", institution).query(Long.class).single();
    }
}
