package org.xinyidai.institution.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
/** The public onboarding form from the outside: bad input is refused beside the field and nothing is saved. */
class OnboardingFormTests extends OnboardingTestSupport {

    @Test
    void theFormIsInChineseByDefaultAndInEnglishOnRequest() throws Exception {
        mvc.perform(get("/onboarding"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("金融机构入驻申请")))
                .andExpect(content().string(containsString("农村商业银行")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/onboarding").param("lang", "en"))
                .andExpect(content().string(containsString("Institution onboarding application")))
                .andExpect(content().string(containsString("Dedicated administrator")));
    }

    @Test
    void aTextFileRenamedToPngIsRefusedBesideTheLogoAndNothingIsSaved() throws Exception {
        long before = applicationCount();
        byte[] text = "不是图片".getBytes(StandardCharsets.UTF_8);
        mvc.perform(application(uniqueName(), newPhone(), new MockMultipartFile("logo", "logo.png", "image/png", text)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOGO 须为 PNG 或 JPEG 图片（按文件内容识别），该文件不是有效图片")))
                .andExpect(content().string(containsString("data-testid=\"logo-error\"")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void anImageOverTwoMegabytesIsRefused() throws Exception {
        long before = applicationCount();
        mvc.perform(application(uniqueName(), newPhone(),
                        new MockMultipartFile("logo", "big.png", "image/png", noisyPng(1000, 900))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOGO 图片不能超过 2 MB")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void emptyRequiredFieldsAreEachRefusedAndNothingIsSaved() throws Exception {
        long before = applicationCount();
        mvc.perform(multipart("/onboarding").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入单位全称")))
                .andExpect(content().string(containsString("请输入单位简称")))
                .andExpect(content().string(containsString("请选择单位类型")))
                .andExpect(content().string(containsString("请输入单位简介及主要服务")))
                .andExpect(content().string(containsString("请上传单位 LOGO")))
                .andExpect(content().string(containsString("请输入姓名")))
                .andExpect(content().string(containsString("请输入职务")))
                .andExpect(content().string(containsString("请输入手机号")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void anIntroductionOfFiveHundredCharactersIsAcceptedAndOneMoreIsRefused() throws Exception {
        long before = applicationCount();
        mvc.perform(application(uniqueName(), newPhone(), pngLogo(), "简".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位简介不能超过500字")));
        assertThat(applicationCount()).isEqualTo(before);

        String lines = "简".repeat(249) + "\r\n" + "介".repeat(250);
        mvc.perform(application(uniqueName(), newPhone(), pngLogo(), lines))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/onboarding/submitted"));
        assertThat(applicationCount()).isEqualTo(before + 1);
    }

    @Test
    void aBadMobileAndATooLongNameAreRefusedBesideTheirFields() throws Exception {
        Map<String, String> fields = fields("银".repeat(65), "12345");
        fields.put("headMobile", "1380000");
        mvc.perform(application(fields, pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位全称不能超过64个字")))
                .andExpect(content().string(containsString("data-testid=\"adminMobile-error\"")))
                .andExpect(content().string(containsString("data-testid=\"headMobile-error\"")))
                .andExpect(content().string(containsString("请输入正确的11位手机号")));
    }

    @Test
    void anAdministratorMobileThatAlreadyHasAnAccountIsRefused() throws Exception {
        String taken = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(taken), "已有账号", Role.ADVISOR).withSite("foshan"));
        long before = applicationCount();
        mvc.perform(application(uniqueName(), taken, pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该手机号已注册平台账号，请更换专管员手机号")));
        assertThat(applicationCount()).isEqualTo(before);
    }

    @Test
    void aNameOnThePlatformOrAwaitingReviewIsRefused() throws Exception {
        mvc.perform(application("国信示范银行股份有限公司", newPhone(), pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该机构已入驻平台")));
        String name = uniqueName();
        submit(name, newPhone());
        mvc.perform(application(name, newPhone(), pngLogo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该机构已有待审核的入驻申请")));
    }

    @Test
    void aGoodApplicationIsSavedWithItsNumberAndAuditedUnderTheMaskedMobile() throws Exception {
        String mobile = newPhone();
        String name = uniqueName();
        var result = mvc.perform(application(name, mobile, pngLogo()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/onboarding/submitted"))
                .andReturn();
        String number = (String) result.getFlashMap().get("number");
        assertThat(number).startsWith("RZ");
        mvc.perform(get("/onboarding/submitted").flashAttr("number", number).flashAttr("adminMobile", "x"))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/onboarding/submitted")).andExpect(redirectedUrl("/onboarding"));

        long id = Long.parseLong(number.substring(2));
        assertThat(jdbc.sql("select status from institution_application where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("""
                select count(*) from audit_operation where action = 'ONBOARDING_SUBMIT' and target_id = :id
                  and actor_id is null and actor_name = :masked""")
                .param("id", String.valueOf(id)).param("masked", new PhoneNumber(mobile).masked())
                .query(Long.class).single()).isEqualTo(1);
    }
}
