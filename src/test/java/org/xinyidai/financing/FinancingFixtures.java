package org.xinyidai.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.financing.order.Application;
import org.xinyidai.financing.order.ApplicationOutcome;
import org.xinyidai.financing.order.Applications;
import org.xinyidai.financing.order.OrderAssignment;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.loan.CreditTerms;
import org.xinyidai.financing.loan.Disbursement;
import org.xinyidai.financing.loan.LoanService;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * Fresh enterprises with their own accounts, and applications for the demo products, so financing tests never
 * share an order.
 */
@Component
public class FinancingFixtures {

    public static final String SITE = "foshan";
    public static final String TAX_LOAN = "国信税易贷";
    public static final String CHANCHENG = "国信银行禅城支行";
    public static final String FOSHAN_BRANCH = "国信银行佛山分行";

    private final AccountAdministration accounts;
    private final EnterpriseApi registry;
    private final Applications applications;
    private final OrderLifecycle lifecycle;
    private final OrderAssignment assignment;
    private final LoanService loans;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    FinancingFixtures(AccountAdministration accounts, EnterpriseApi registry, Applications applications,
                      OrderLifecycle lifecycle, OrderAssignment assignment, LoanService loans, JdbcClient jdbc,
                      Clock clock, ZoneId zone) {
        this.accounts = accounts;
        this.registry = registry;
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.assignment = assignment;
        this.loans = loans;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    /** A signed-up enterprise person with an authenticated small manufacturer in a 佛山 district. */
    public CurrentUser enterprise(String district) {
        return enterprise(district, null);
    }

    /** The same, with the company's name given (or a fresh one when {@code null}). */
    public CurrentUser enterprise(String district, String companyName) {
        String phone = InstitutionFixtures.newPhone();
        String name = companyName != null ? companyName : "测试企业" + phone.substring(5);
        long account = accounts.create(new NewAccount(new PhoneNumber(phone), "联系人" + phone.substring(7),
                Role.ENTERPRISE, "foshan", null, null, null, null, InstitutionFixtures.PASSWORD));
        registry.ensureAuthenticated(account, "foshan", new NewEnterprise(name, freshUscc(district),
                "张三", new ResidentIdNumber("11010519491231002X"), Money.ofWan("500"), LocalDate.of(2018, 5, 1),
                IndustrySection.C, SizingCategory.INDUSTRY, district, "佛山市测试路1号", 50, Money.ofWan("2000"),
                Money.ofWan("1500")));
        return new CurrentUser(account, phone, "联系人" + phone.substring(7), Role.ENTERPRISE, "foshan", null, null,
                null, null, false);
    }

    public long productId(String name) {
        return jdbc.sql("select id from product_product where name = :name").param("name", name)
                .query(Long.class).single();
    }

    /** Applies for 国信税易贷 (100万, 12 months) and answers the new order's id. */
    public long applyForTaxLoan(CurrentUser enterprise) {
        ApplicationOutcome outcome = applications.apply(enterprise, productId(TAX_LOAN),
                new Application(new BigDecimal("100"), 12, "采购原材料", enterprise.displayName(), enterprise.phone()));
        if (!outcome.created()) {
            throw new IllegalStateException("application refused: " + outcome);
        }
        return outcome.orderId();
    }

    /** Applies for a product by name and answers the new order's id. */
    public long apply(CurrentUser enterprise, String product, String amountWan, int termMonths) {
        ApplicationOutcome outcome = applications.apply(enterprise, productId(product),
                new Application(new BigDecimal(amountWan), termMonths, "购买原材料", "李测试", "13912345678"));
        if (!outcome.created()) {
            throw new AssertionError("application refused: " + outcome);
        }
        return outcome.orderId();
    }

    public void assign(CurrentUser admin, long orderId, CurrentUser manager) {
        assignment.assign(admin, orderId, version(orderId), manager.account());
    }

    public void accept(CurrentUser manager, long orderId) {
        lifecycle.accept(manager, orderId, version(orderId));
    }

    /** Puts the accepted order under review and grants a line (4.2%, 12 months, valid one year). */
    public void approve(CurrentUser manager, long orderId, String lineWan) {
        lifecycle.startReview(manager, orderId, version(orderId));
        loans.approve(manager, orderId, version(orderId), new CreditTerms(Money.ofWan(lineWan),
                Rate.ofPercent("4.2"), 12, today().plusYears(1)));
    }

    /** Lends today, 4.2% over 12 months in equal installments. */
    public void disburse(CurrentUser manager, long orderId, String amountWan) {
        loans.disburse(manager, orderId, version(orderId), new Disbursement(Money.ofWan(amountWan), today(),
                Rate.ofPercent("4.2"), 12, RepaymentMethod.EQUAL_INSTALLMENT));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The order's version now, as a page showing it would carry. */
    public int version(long orderId) {
        return jdbc.sql("select version from financing_order where id = :id").param("id", orderId)
                .query(Integer.class).single();
    }

    private static Uscc freshUscc(String district) {
        String body = "91" + district + "MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))
                .substring(0, 7);
        String first17 = body.substring(0, 17);
        return new Uscc(first17 + new Uscc(first17 + "0").expectedCheckCharacter());
    }
}
