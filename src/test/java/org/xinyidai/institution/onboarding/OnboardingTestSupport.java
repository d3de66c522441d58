package org.xinyidai.institution.onboarding;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.shared.PhoneNumber;
/**
 * What the onboarding tests share: a good application as the public form sends it, pictures for its logo, and
 * people of a role to review it.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class OnboardingTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    InstitutionApi institutions;
    @Autowired
    DevSmsOutbox smsOutbox;
    long submit(String name, String mobile) throws Exception {
        return submit(name, mobile, pngLogo());
    }

    long submit(String name, String mobile, MockMultipartFile logo) throws Exception {
        String number = (String) mvc.perform(application(name, mobile, logo))
                .andExpect(status().isFound())
                .andReturn().getFlashMap().get("number");
        return Long.parseLong(number.substring(2));
    }

    static MockMultipartHttpServletRequestBuilder application(String name, String adminMobile,
                                                                      MockMultipartFile logo) {
        return application(fields(name, adminMobile), logo);
    }

    static MockMultipartHttpServletRequestBuilder application(String name, String adminMobile,
                                                                      MockMultipartFile logo, String introduction) {
        Map<String, String> fields = fields(name, adminMobile);
        fields.put("introduction", introduction);
        return application(fields, logo);
    }

    static MockMultipartHttpServletRequestBuilder application(Map<String, String> fields,
                                                                      MockMultipartFile logo) {
        MockMultipartHttpServletRequestBuilder request = multipart("/onboarding");
        request.file(logo);
        fields.forEach((name, value) -> request.param(name, value));
        request.with(csrf());
        return request;
    }

    /** The fields of a good application. */
    static Map<String, String> fields(String name, String adminMobile) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", name);
        fields.put("shortName", "测试银行");
        fields.put("type", "CITY_COMMERCIAL_BANK");
        fields.put("introduction", "面向中小微企业的信用贷款与结算服务。");
        fields.put("headName", "王普惠");
        fields.put("headPosition", "普惠金融部总经理");
        fields.put("headMobile", "13900000001");
        fields.put("adminName", "李专管");
        fields.put("adminPosition", "普惠金融部经理");
        fields.put("adminMobile", adminMobile);
        return fields;
    }

    long applicationCount() {
        return jdbc.sql("select count(*) from institution_application").query(Long.class).single();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from institution_application where id = :id").param("id", id)
                .query(String.class).single();
    }

    /** Signed in as a real, active account of that role. */
    RequestPostProcessor as(Role role) {
        String phone = newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "审核测试", role, "foshan", null, null, null,
                null, "Tester@2026"));
        CurrentUser user = new CurrentUser(id, phone, "审核测试", role, "foshan", null, null, null, null, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    static String newPhone() {
        return "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    static String uniqueName() {
        return "测试农村商业银行" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    static MockMultipartFile pngLogo() throws IOException {
        return new MockMultipartFile("logo", "logo.png", "image/png", png(64, 64));
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x1f5fbf));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    static byte[] noisyPng(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    /** The texts the dev outbox holds for one number (the SMS go out after the commit, on another thread). */
    List<String> textsTo(String mobile) {
        return smsOutbox.messages().stream().filter(m -> m.phone().equals(mobile)).map(m -> m.text()).toList();
    }
}
