package org.xinyidai.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.financing.loan.Loans;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;

/** The 授信 and 放款 forms as a manager fills them in: refusals come back beside the field. */
@SpringBootTest
@AutoConfigureMockMvc
class LoanFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    Loans loans;

    @Test
    void aLineValidUntilTheYear9999IsRefusedBesideTheDate() throws Exception {
        Accepted a = accepted();
        mvc.perform(post("/institution/orders/" + a.orderId + "/review").param("version", version(a))
                .with(as(a.manager)).with(csrf())).andExpect(status().is3xxRedirection());
        Document page = form(post("/institution/orders/" + a.orderId + "/approve").param("version", version(a))
                .param("lineWan", "100").param("annualRate", "4.2").param("termMonths", "12")
                .param("validUntil", "9999-12-31").with(as(a.manager)));
        assertThat(page.select("[data-testid=validUntil-error]").text()).startsWith("有效期须在 " + fixtures.today().plusYears(1));
        assertThat(loans.credit(a.orderId)).isEmpty();
    }

    @Test
    void anUnknownOrUnofferedRepaymentMethodAndATermBeyondTheLineAreRefusedBesideTheField() throws Exception {
        Accepted a = accepted();
        fixtures.approve(a.manager, a.orderId, "100");
        assertThat(disburse(a, "NOPE", "12").select("[data-testid=method-error]").text()).isEqualTo("请从列表中选择");
        assertThat(disburse(a, "EQUAL_PRINCIPAL", "12").select("[data-testid=method-error]").text())
                .isEqualTo("请选择该产品提供的还款方式");
        assertThat(disburse(a, "INTEREST_FIRST", "24").select("[data-testid=termMonths-error]").text())
                .isEqualTo("放款期限不能超过授信期限 12 个月");
        // only the product's methods are offered
        assertThat(disburse(a, "NOPE", "12").select("#method option").eachAttr("value"))
                .containsExactly("EQUAL_INSTALLMENT", "INTEREST_FIRST");
        assertThat(loans.loansOf(a.orderId)).isEmpty();
    }

    private Document disburse(Accepted a, String method, String term) throws Exception {
        return form(post("/institution/orders/" + a.orderId + "/disburse").param("version", version(a))
                .param("amountWan", "50").param("disbursedOn", fixtures.today().toString()).param("annualRate", "4.2")
                .param("termMonths", term).param("method", method).with(as(a.manager)));
    }

    private Document form(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private String version(Accepted a) {
        return String.valueOf(fixtures.version(a.orderId));
    }

    /** An order for 国信税易贷 (等额本息 or 先息后本) accepted by its manager. */
    private Accepted accepted() {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long orderId = fixtures.applyForTaxLoan(enterprise);
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        fixtures.assign(admin, orderId, manager);
        fixtures.accept(manager, orderId);
        return new Accepted(manager, orderId);
    }

    record Accepted(CurrentUser manager, long orderId) {
    }
}
