package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.financing.FinancingFixtures;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.NewStaff;

/**
 * A "%" typed into a search box finds what contains a percent sign, not everything: staff, accounts, audit,
 * products and orders.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LikeSearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures people;
    @Autowired
    InstitutionApi staff;
    @Autowired
    FinancingFixtures financing;

    @Test
    void searchingForAPercentSignFindsOnlyWhatContainsOne() throws Exception {
        String suffix = InstitutionFixtures.newPhone().substring(7);
        CurrentUser percentAdmin = admin("百分%管理" + suffix);
        CurrentUser plainAdmin = people.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        // each adds a product, so both names are in the audit trail and both products in the list
        addProduct(percentAdmin, "百分%贷" + suffix);
        addProduct(plainAdmin, "普通贷" + suffix);
        String percentCompany = "百分%企业" + suffix;
        String plainCompany = "普通企业" + suffix;
        financing.applyForTaxLoan(financing.enterprise("440604", percentCompany));
        financing.applyForTaxLoan(financing.enterprise("440604", plainCompany));
        CurrentUser platformAdmin = platformAdmin();
        // someone else looks, so the page header does not carry the searched-for name
        CurrentUser viewer = people.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);

        assertThat(page(get("/institution/staff").param("q", "%").with(as(viewer))))
                .contains("百分%管理" + suffix).doesNotContain(plainAdmin.displayName());
        assertThat(page(get("/admin/accounts").param("q", "%").with(as(platformAdmin))))
                .contains("百分%管理" + suffix).doesNotContain(plainAdmin.displayName());
        assertThat(page(get("/admin/audit").param("actor", "%").with(as(platformAdmin))))
                .contains("百分%管理" + suffix).doesNotContain(plainAdmin.displayName());
        assertThat(page(get("/institution/products").param("q", "%").with(as(viewer))))
                .contains("百分%贷" + suffix).doesNotContain("普通贷" + suffix);
        assertThat(page(get("/institution/orders").param("enterprise", "%").with(as(viewer))))
                .contains(percentCompany).doesNotContain(plainCompany);
        // "_" matches only an underscore, not any one character
        assertThat(page(get("/institution/products").param("q", "百分_贷").with(as(viewer))))
                .doesNotContain("百分%贷" + suffix);
    }

    private CurrentUser admin(String name) {
        var institution = people.institution(InstitutionFixtures.BIG_BANK);
        long node = people.node(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH).id();
        String phone = InstitutionFixtures.newPhone();
        long id = staff.enrol(new NewStaff(institution.id(), node, Role.INST_ADMIN, name, new PhoneNumber(phone), null,
                null, InstitutionFixtures.PASSWORD, true));
        return new CurrentUser(id, phone, name, Role.INST_ADMIN, null, null, institution.id(), node, null, false);
    }

    private CurrentUser platformAdmin() {
        String phone = InstitutionFixtures.newPhone();
        long id = people.accounts().create(NewAccount.staff(new PhoneNumber(phone), "平台管理员", Role.PLATFORM_ADMIN)
                .withPassword(InstitutionFixtures.PASSWORD));
        return new CurrentUser(id, phone, "平台管理员", Role.PLATFORM_ADMIN, null, null, null, null, null, false);
    }

    private void addProduct(CurrentUser admin, String name) throws Exception {
        mvc.perform(post("/institution/products/new").with(as(admin)).with(csrf()).param("name", name)
                        .param("type", "CREDIT_LOAN").param("guaranteeMethods", "CREDIT").param("amountMin", "10")
                        .param("amountMax", "300").param("termMin", "1").param("termMax", "12").param("rateMin", "3.65")
                        .param("rateMax", "6.5").param("repaymentMethods", "EQUAL_INSTALLMENT").param("online", "true"))
                .andExpect(status().is3xxRedirection());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
