package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** 金融机构 directory: a site lists the institutions serving it; another site's institution answers 404. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void foshanListsItsInstitutionsAndShowsTheirProfiles() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/institutions").param("city", "foshan").session(session))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("国信示范银行股份有限公司")
                        .contains("佛山示范融资担保有限公司"));
        long bank = jdbc.sql("select id from institution_institution where name = '国信示范银行股份有限公司'")
                .query(Long.class).single();
        mvc.perform(get("/institutions/" + bank).session(session))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("大型国有银行")
                        .contains(">机构简介</h2>").doesNotContain("500字以内")
                        .contains("国信银行面向小微企业").contains("0757-83300001").contains("季华五路")
                        .doesNotContain("该机构尚未填写简介"));
    }

    @Test
    void anInstitutionNotServingTheSiteAnswers404() throws Exception {
        long bank = jdbc.sql("select id from institution_institution where name = '国信示范银行股份有限公司'")
                .query(Long.class).single();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/institutions").param("city", "guangzhou").session(session))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("国信示范银行股份有限公司"));
        mvc.perform(get("/institutions/" + bank).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/institutions/999999").param("city", "foshan")).andExpect(status().isNotFound());
    }
}
