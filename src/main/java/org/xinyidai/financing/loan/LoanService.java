package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.financing.LoanDisbursed;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.RepaymentRecorded;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.order.Actor;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.ProductApi;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;

/**
 * The money steps of an order: granting the line (授信), disbursing against it (放款) with its repayment
 * schedule, and recording repayments (还款) until the order is settled (已结清).
 */
@Service
public class LoanService {

    private static final Rate MAX_RATE = Rate.ofPercent("36");

    private final OrderLifecycle lifecycle;
    private final Loans loans;
    private final RepaymentScheduler scheduler;
    private final LoanClassifier classifier;
    private final ProductApi products;
    private final LoanProperties.CreditValidity validity;
    private final Clock clock;
    private final ZoneId zone;

    LoanService(OrderLifecycle lifecycle, Loans loans, RepaymentScheduler scheduler,
                LoanClassifier classifier, ProductApi products,
                LoanProperties properties, Clock clock, ZoneId zone) {
        this.lifecycle = lifecycle;
        this.loans = loans;
        this.scheduler = scheduler;
        this.classifier = classifier;
        this.products = products;
        this.validity = properties.creditValidity();
        this.clock = clock;
        this.zone = zone;
    }

    /** 授信: the manager grants a line on an order under review. */
    @Transactional
    public void approve(CurrentUser user, long orderId, int version, CreditTerms terms) {
        Order order = lifecycle.actionable(user, orderId, version);
        Actor by = Actor.of(user);
        order.checkManagerMay(by, OrderStatus.APPROVED);
        checkRate("annualRate", terms.annualRate());
        LocalDate earliest = validity.earliest(today());
        LocalDate latest = validity.latest(today());
        if (terms.validUntil().isBefore(earliest) || terms.validUntil().isAfter(latest)) {
            throw Refused.field("validUntil", "loan.refused.validUntil", earliest.toString(), latest.toString());
        }
        loans.insertCredit(new CreditLine(order.id(), terms.line().yuan(), terms.annualRate().percent(),
                terms.termMonths(), terms.validUntil(), now()));
        order.approve(by, now());
        lifecycle.save(user, order);
    }

    /** 放款: the manager lends at most the unused line; the schedule follows from the terms. */
    @Transactional
    public void disburse(CurrentUser user, long orderId, int version, Disbursement d) {
        Order order = lifecycle.actionable(user, orderId, version);
        Actor by = Actor.of(user);
        order.checkManagerMay(by, OrderStatus.DISBURSED);
        CreditLine credit = loans.credit(order.id()).orElseThrow(() -> new Refused("loan.refused.noLine"));
        BigDecimal amount = d.amount().yuan();
        BigDecimal unused = credit.line().subtract(loans.disbursedOn(order.id()));
        if (amount.compareTo(unused) > 0) {
            throw Refused.field("amountWan", "loan.refused.overLine",
                    Money.wan(unused).toPlainString());
        }
        if (d.disbursedOn().isAfter(today()) || d.disbursedOn().isBefore(credit.approvedAt().toLocalDate())
                || d.disbursedOn().isAfter(credit.validUntil())) {
            throw Refused.field("disbursedOn", "loan.refused.disbursedOn");
        }
        checkRate("annualRate", d.annualRate());
        if (d.termMonths() > credit.termMonths()) {
            throw Refused.field("termMonths", "loan.refused.overTerm", credit.termMonths());
        }
        if (!repaymentMethods(order).contains(d.method())) {
            throw Refused.field("method", "loan.refused.method");
        }
        List<Installment> schedule = scheduler.schedule(amount, d.annualRate().percent(), d.termMonths(), d.method(),
                d.disbursedOn());
        long loanId = loans.insertLoan(order.id(), amount, d.disbursedOn(), d.annualRate().percent(), d.termMonths(),
                d.method(),
                schedule, now());
        order.disbursed(by, new LoanDisbursed(order.id(), order.orderNo(), loanId, order.enterpriseId(),
                order.institutionId(), new Money(amount), d.disbursedOn()),
                Money.wan(amount).toPlainString(), now());
        lifecycle.save(user, order);
    }

    /**
     * The repayment methods a draw on this order may use: the product's, or any for an order without a product
     * (a dispatched demand names none).
     */
    public Set<RepaymentMethod> repaymentMethods(Order order) {
        if (order.productId() == null) {
            return EnumSet.allOf(RepaymentMethod.class);
        }
        return products.find(order.productId()).map(ProductSummary::repaymentMethods)
                .filter(methods -> !methods.isEmpty())
                .map(EnumSet::copyOf)
                .orElseGet(() -> EnumSet.allOf(RepaymentMethod.class));
    }

    /** 还款: money received is applied to the oldest unpaid installments; the last one settles the order. */
    @Transactional
    public void recordRepayment(CurrentUser user, long orderId, int version, Repayment repayment) {
        long loanId = repayment.loanId();
        BigDecimal amount = repayment.amount();
        LocalDate paidOn = repayment.paidOn();
        Order order = lifecycle.actionable(user, orderId, version);
        Actor by = Actor.of(user);
        order.checkRepayable(by);
        Loan loan = loans.loansOf(order.id()).stream().filter(l -> l.id() == loanId && !l.settled()).findFirst()
                .orElseThrow(() -> Refused.field("loanId", "loan.refused.noSuchLoan"));
        if (paidOn.isAfter(today()) || paidOn.isBefore(loan.disbursedOn())) {
            throw Refused.field("paidOn", "loan.refused.paidOn");
        }
        List<ScheduledInstallment> schedule = loans.schedule(loan.id());
        BigDecimal outstanding = schedule.stream().map(ScheduledInstallment::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (amount.signum() <= 0 || amount.compareTo(outstanding) > 0) {
            throw Refused.field("amount", "loan.refused.amount", outstanding.toPlainString());
        }
        allocate(schedule, amount, paidOn);
        loans.insertRepayment(loan.id(), paidOn, amount, user.accountId(), now());
        boolean settled = amount.compareTo(outstanding) == 0;
        if (settled) {
            loans.settle(loan.id(), paidOn);
        } else {
            reclassify(loan, today());
        }
        boolean allSettled = loans.loansOf(order.id()).stream().allMatch(Loan::settled);
        order.repaid(by, new RepaymentRecorded(order.id(), order.orderNo(), loan.id(), order.enterpriseId(),
                order.institutionId(), new Money(amount), paidOn, settled), amount.toPlainString(), allSettled, now());
        lifecycle.save(user, order);
    }

    /** Recomputes a loan's days past due and five-category class as of a day. */
    void reclassify(Loan loan, LocalDate day) {
        int days = LoanClassifier.daysPastDue(loans.schedule(loan.id()), day);
        loans.classify(loan.id(), classifier.classify(days), days);
    }

    private void allocate(List<ScheduledInstallment> schedule, BigDecimal amount, LocalDate paidOn) {
        BigDecimal left = amount;
        for (ScheduledInstallment i : schedule) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal take = left.min(i.outstanding());
            if (take.signum() > 0) {
                loans.recordPaid(i.loanId(), i.number(), i.paid().add(take), paidOn);
                left = left.subtract(take);
            }
        }
    }

    private static void checkRate(String field, Rate rate) {
        if (rate.percent().signum() < 0 || rate.compareTo(MAX_RATE) > 0) {
            throw Refused.field(field, "loan.refused.rate");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
