package org.xinyidai.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.xinyidai.support.SignedIn.as;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;

/**
 * The workbook's file name is the browser's word, not ours: a NUL in it (PostgreSQL refuses the insert) or a
 * name longer than the column still gives the check report, with the name cleaned.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffImportFileNameTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"客户经理\u0000名单.xlsx", "LONG"})
    void anOddFileNameStillGivesTheReport(String sent) throws Exception {
        String name = sent.equals("LONG") ? "很长的名字".repeat(40) + ".xlsx" : sent;
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行佛山分行", Role.INST_ADMIN);
        byte[] workbook = Files.readAllBytes(StaffWorkbooks.fiftyManagersWithThreeBadRows("国信银行禅城支行"));

        MockHttpServletResponse answer = mvc.perform(multipart("/institution/staff/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", workbook))
                        .with(as(admin)).with(csrf()))
                .andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).matches("/institution/staff/import/\\d+");
        String report = mvc.perform(get(answer.getRedirectedUrl()).with(as(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(report).contains(sent.equals("LONG") ? "很长的名字.xlsx" : "客户经理名单.xlsx").doesNotContain("\u0000");
    }
}
