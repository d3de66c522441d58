package org.xinyidai.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xinyidai.enterprise.authentication.EnterpriseAuthentication;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.support.MovableClock;

/** Five failed face checks a day, then the check is refused (even for the right person) until tomorrow. */
@SpringBootTest
@AutoConfigureMockMvc
class FaceAttemptLimitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseFixtures fixtures;
    @Autowired
    EnterpriseService service;
    @Autowired
    EnterpriseAuthentication authentication;
    @Autowired
    EnterpriseApi enterprises;
    @Autowired
    MovableClock clock;

    @Test
    void theSixthFaceCheckOfADayIsRefusedWithAMessageAndTomorrowItWorks() throws Exception {
        CurrentUser owner = fixtures.enterpriseUser();
        long id = add(owner, "佛山市人脸限次测试有限公司");
        for (int attempt = 1; attempt <= 5; attempt++) {
            face(owner, id, "李四").andExpect(flash().attribute("flashError", "enterprise.face.simulatedMismatch"));
        }
        face(owner, id, "张三").andExpect(flash().attribute("flashError", "enterprise.face.tooManyAttempts"));
        assertThat(enterprises.find(id).orElseThrow().authenticated()).isFalse();

        mvc.perform(get("/enterprise/companies/" + id).with(as(owner)).flashAttr("flashError",
                        "enterprise.face.tooManyAttempts"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("今日人脸核验未通过次数已达上限，请明天再试，或改用证照认证"));

        long another = add(owner, "佛山市人脸限次第二测试有限公司");
        face(owner, another, "张三") // the same account, another enterprise
                .andExpect(flash().attribute("flashError", "enterprise.face.tooManyAttempts"));

        clock.advance(Duration.ofDays(1));
        face(owner, id, "张三").andExpect(flash().attribute("flash", "enterprise.face.passed"));
        assertThat(enterprises.find(id).orElseThrow().authenticated()).isTrue();
    }

    private long add(CurrentUser owner, String name) {
        return service.add(owner.account(), "foshan", EnterpriseFixtures.enterprise(name,
                EnterpriseFixtures.validUscc())).enterpriseId();
    }

    private ResultActions face(CurrentUser owner, long id, String name) throws Exception {
        return mvc.perform(post("/enterprise/companies/" + id + "/face").param("name", name)
                        .param("idNumber", EnterpriseFixtures.LEGAL_REP_ID).with(as(owner)).with(csrf()))
                .andExpect(status().isFound());
    }
}
