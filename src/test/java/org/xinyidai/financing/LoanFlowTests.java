package org.xinyidai.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.financing.loan.CreditTerms;
import org.xinyidai.financing.loan.Disbursement;
import org.xinyidai.financing.loan.LoanClassificationJob;
import org.xinyidai.financing.loan.LoanService;
import org.xinyidai.financing.loan.Loans;
import org.xinyidai.financing.loan.Repayment;
import org.xinyidai.financing.loan.ScheduledInstallment;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.OrderAssignment;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.RepaymentMethod;

/** The money steps: line, disbursement with its schedule, repayments to settlement, and the daily classification. */
@SpringBootTest
class LoanFlowTests {

    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    OrderAssignment assignment;
    @Autowired
    LoanService loanService;
    @Autowired
    Loans loans;
    @Autowired
    LoanClassificationJob classification;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ZoneId zone;

    @Test
    void aMillionOverTwelveMonthsInEqualInstallmentsIsRepaidToSettlement() {
        Reviewed r = underReview();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        loanService.approve(r.manager, r.orderId, fixtures.version(r.orderId),
                new CreditTerms(Money.ofWan("150"), Rate.ofPercent("4.35"), 12, today.plusYears(1)));
        assertThatThrownBy(() -> loanService.disburse(r.manager, r.orderId, fixtures.version(r.orderId),
                new Disbursement(Money.ofWan("151"), today, Rate.ofPercent("4.35"), 12, RepaymentMethod.EQUAL_INSTALLMENT)))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("amountWan"));
        loanService.disburse(r.manager, r.orderId, fixtures.version(r.orderId),
                new Disbursement(Money.ofWan("100"), today, Rate.ofPercent("4.35"), 12, RepaymentMethod.EQUAL_INSTALLMENT));
        assertThat(statusOf(r.orderId)).isEqualTo("DISBURSED");

        long loanId = loans.loansOf(r.orderId).get(0).id();
        List<ScheduledInstallment> schedule = loans.schedule(loanId);
        assertThat(schedule).hasSize(12);
        assertThat(schedule.get(0).amount()).isEqualByComparingTo("85309.90");
        assertThat(schedule.get(0).interest()).isEqualByComparingTo("3625.00");
        assertThat(schedule.get(11).amount()).isEqualByComparingTo("85309.89");
        assertThat(schedule.stream().map(ScheduledInstallment::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000000.00");
        assertThat(schedule.get(0).dueDate()).isEqualTo(today.plusMonths(1));

        loanService.recordRepayment(r.manager, r.orderId, fixtures.version(r.orderId),
                new Repayment(loanId, today, new BigDecimal("85309.90")));
        assertThat(loans.schedule(loanId).get(0).fullyPaid()).isTrue();
        assertThat(statusOf(r.orderId)).isEqualTo("DISBURSED");
        BigDecimal rest = loans.schedule(loanId).stream().map(ScheduledInstallment::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThatThrownBy(() -> loanService.recordRepayment(r.manager, r.orderId, fixtures.version(r.orderId),
                new Repayment(loanId, today, rest.add(new BigDecimal("0.01"))))).isInstanceOf(Refused.class);
        loanService.recordRepayment(r.manager, r.orderId, fixtures.version(r.orderId), new Repayment(loanId, today, rest));
        assertThat(statusOf(r.orderId)).isEqualTo("SETTLED");
        assertThat(loans.loansOf(r.orderId).get(0).settled()).isTrue();
        assertThat(jdbc.sql("select count(*) from financing_repayment where loan_id = :l").param("l", loanId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anInstallmentOneDayOverdueMakesTheLoanSpecialMentionAndNinetyOneDaysSubstandard() {
        Reviewed r = underReview();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        loanService.approve(r.manager, r.orderId, fixtures.version(r.orderId),
                new CreditTerms(Money.ofWan("100"), Rate.ofPercent("4.35"), 12, today.plusYears(1)));
        loanService.disburse(r.manager, r.orderId, fixtures.version(r.orderId),
                new Disbursement(Money.ofWan("100"), today, Rate.ofPercent("4.35"), 12, RepaymentMethod.EQUAL_INSTALLMENT));
        long loanId = loans.loansOf(r.orderId).get(0).id();
        LocalDate firstDue = loans.schedule(loanId).get(0).dueDate();

        classification.classifyAll(firstDue);
        assertThat(classOf(loanId)).isEqualTo("NORMAL");
        classification.classifyAll(firstDue.plusDays(1));
        assertThat(classOf(loanId)).isEqualTo("SPECIAL_MENTION");
        assertThat(jdbc.sql("select days_past_due from financing_loan where id = :l").param("l", loanId)
                .query(Integer.class).single()).isEqualTo(1);
        classification.classifyAll(firstDue.plusDays(91));
        assertThat(classOf(loanId)).isEqualTo("SUBSTANDARD");
        classification.classifyAll(firstDue.plusDays(271));
        assertThat(classOf(loanId)).isEqualTo("DOUBTFUL");
    }

    @Test
    void aLineMayOnlyBeGrantedUnderReviewAndOnlyByItsManager() {
        Reviewed r = underReview();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        assertThatThrownBy(() -> loanService.approve(admin, r.orderId, fixtures.version(r.orderId),
                new CreditTerms(Money.ofWan("100"), Rate.ofPercent("4"), 12, today.plusYears(1))))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> loanService.approve(r.manager, r.orderId, fixtures.version(r.orderId),
                new CreditTerms(Money.ofWan("100"), Rate.ofPercent("4"), 12, today)))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("validUntil"));
        assertThat(loans.credit(r.orderId)).isEmpty();
        assertThat(statusOf(r.orderId)).isEqualTo("REVIEWING");
    }

    @Test
    void aLineIsValidOneToThreeYearsFromTheApprovalDate() {
        Reviewed r = underReview();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (LocalDate tooFar : List.of(LocalDate.of(9999, 12, 31), today.plusYears(3).plusDays(1), today.plusYears(1).minusDays(1))) {
            assertThatThrownBy(() -> loanService.approve(r.manager, r.orderId, fixtures.version(r.orderId),
                    new CreditTerms(Money.ofWan("100"), Rate.ofPercent("4"), 12, tooFar)))
                    .isInstanceOf(Refused.class)
                    .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("validUntil"));
        }
        assertThat(loans.credit(r.orderId)).isEmpty();
        loanService.approve(r.manager, r.orderId, fixtures.version(r.orderId),
                new CreditTerms(Money.ofWan("100"), Rate.ofPercent("4"), 12, today.plusYears(3)));
        assertThat(loans.credit(r.orderId)).get().satisfies(line -> assertThat(line.validUntil()).isEqualTo(today.plusYears(3)));
    }

    @Test
    void aDrawUsesOneOfTheProductsRepaymentMethodsAndAtMostTheLinesTerm() {
        Reviewed r = underReview();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        loanService.approve(r.manager, r.orderId, fixtures.version(r.orderId),
                new CreditTerms(Money.ofWan("100"), Rate.ofPercent("4.35"), 12, today.plusYears(1)));
        // 国信税易贷 offers 等额本息 and 先息后本 only
        assertThatThrownBy(() -> loanService.disburse(r.manager, r.orderId, fixtures.version(r.orderId),
                new Disbursement(Money.ofWan("50"), today, Rate.ofPercent("4.35"), 12, RepaymentMethod.EQUAL_PRINCIPAL)))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("method"));
        assertThatThrownBy(() -> loanService.disburse(r.manager, r.orderId, fixtures.version(r.orderId),
                new Disbursement(Money.ofWan("50"), today, Rate.ofPercent("4.35"), 13, RepaymentMethod.INTEREST_FIRST)))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("termMonths"));
        assertThat(loans.loansOf(r.orderId)).isEmpty();
        loanService.disburse(r.manager, r.orderId, fixtures.version(r.orderId),
                new Disbursement(Money.ofWan("50"), today, Rate.ofPercent("4.35"), 12, RepaymentMethod.INTEREST_FIRST));
        assertThat(loans.loansOf(r.orderId)).hasSize(1);
    }

    /** An order accepted and put under review by its manager. */
    Reviewed underReview() {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long orderId = fixtures.applyForTaxLoan(enterprise);
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        assignment.assign(admin, orderId, fixtures.version(orderId), manager.account());
        lifecycle.accept(manager, orderId, fixtures.version(orderId));
        lifecycle.startReview(manager, orderId, fixtures.version(orderId));
        return new Reviewed(manager, orderId);
    }

    record Reviewed(CurrentUser manager, long orderId) {
    }


    private String statusOf(long orderId) {
        return jdbc.sql("select status from financing_order where id = :id").param("id", orderId).query(String.class).single();
    }

    private String classOf(long loanId) {
        return jdbc.sql("select loan_class from financing_loan where id = :id").param("id", loanId).query(String.class).single();
    }
}
