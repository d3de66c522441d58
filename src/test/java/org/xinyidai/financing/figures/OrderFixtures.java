package org.xinyidai.financing.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseRegistry;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.financing.loan.CreditTerms;
import org.xinyidai.financing.loan.Disbursement;
import org.xinyidai.financing.loan.LoanService;
import org.xinyidai.financing.order.Application;
import org.xinyidai.financing.order.ApplicationOutcome;
import org.xinyidai.financing.order.Applications;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;

/**
 * Orders made the way people make them: a fresh authenticated 佛山 enterprise applies through
 * {@link Applications}, an admin assigns, the manager accepts, reviews, approves and lends through
 * {@link OrderLifecycle} and {@link LoanService}.
 */
@Component
class OrderFixtures {

    static final String SITE = "foshan";

    private final AccountAdministration accounts;
    private final EnterpriseRegistry registry;
    private final Applications applications;
    private final OrderLifecycle lifecycle;
    private final LoanService loans;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    OrderFixtures(AccountAdministration accounts, EnterpriseRegistry registry, Applications applications,
                  OrderLifecycle lifecycle, LoanService loans, JdbcClient jdbc, Clock clock, ZoneId zone) {
        this.accounts = accounts;
        this.registry = registry;
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.loans = loans;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** A new enterprise account with one authenticated small manufacturer in a 佛山 district. */
    CurrentUser enterprise(String district) {
        String phone = InstitutionFixtures.newPhone();
        long account = accounts.create(new NewAccount(new PhoneNumber(phone), "企业" + phone.substring(7),
                Role.ENTERPRISE, SITE, null, null, null, null, InstitutionFixtures.PASSWORD));
        String first17 = "9144" + district.substring(2) + String.format("%09d",
                ThreadLocalRandom.current().nextLong(1_000_000_000L));
        Uscc uscc = new Uscc(first17 + new Uscc(first17 + "0").expectedCheckCharacter());
        registry.ensureAuthenticated(account, SITE, new NewEnterprise("佛山测试" + phone.substring(5) + "制造有限公司",
                uscc, "李测试", new ResidentIdNumber("11010519491231002X"), new BigDecimal("1000"),
                LocalDate.of(2015, 6, 18), IndustrySection.C, SizingCategory.INDUSTRY, district, "佛山市测试路1号", 80,
                new BigDecimal("3500"), new BigDecimal("2000")));
        return new CurrentUser(account, phone, "企业" + phone.substring(7), Role.ENTERPRISE, SITE, null, null, null, null,
                false);
    }

    long product(String name) {
        return jdbc.sql("select id from product_product where name = :name").param("name", name)
                .query(Long.class).single();
    }

    long apply(CurrentUser enterprise, String product, String amountWan, int termMonths) {
        ApplicationOutcome outcome = applications.apply(enterprise, product(product),
                new Application(new BigDecimal(amountWan), termMonths, "购买原材料", "李测试", "13912345678"));
        if (!outcome.created()) {
            throw new AssertionError("application refused: " + outcome);
        }
        return outcome.orderId();
    }

    void assign(CurrentUser admin, long orderId, CurrentUser manager) {
        lifecycle.assign(admin, orderId, version(orderId), manager.accountId());
    }

    void accept(CurrentUser manager, long orderId) {
        lifecycle.accept(manager, orderId, version(orderId));
    }

    void approve(CurrentUser manager, long orderId, String lineWan) {
        lifecycle.startReview(manager, orderId, version(orderId));
        loans.approve(manager, orderId, version(orderId), new CreditTerms(new BigDecimal(lineWan),
                new BigDecimal("4.2"), 12, today().plusMonths(6)));
    }

    void disburse(CurrentUser manager, long orderId, String amountWan) {
        loans.disburse(manager, orderId, version(orderId), new Disbursement(new BigDecimal(amountWan), today(),
                new BigDecimal("4.2"), 12, RepaymentMethod.EQUAL_INSTALLMENT));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private int version(long orderId) {
        return jdbc.sql("select version from financing_order where id = :id").param("id", orderId)
                .query(Integer.class).single();
    }
}
