package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xinyidai.product.RepaymentMethod;

/**
 * Repayment schedules for the four methods of DOMAIN.md "Loans". Intermediate arithmetic in
 * {@link MathContext#DECIMAL64}; every amount rounded HALF_UP to the cent; the last installment takes
 * whatever principal is left, so the principal always sums exactly to the amount lent.
 */
public class RepaymentScheduler {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private final DayCountBasis basis;

    public RepaymentScheduler(DayCountBasis basis) {
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    public DayCountBasis basis() {
        return basis;
    }

    /**
     * @param principal         amount lent in yuan, &gt; 0, in whole cents
     * @param annualRatePercent nominal annual rate in percent (4.35 for 4.35%), ≥ 0
     * @param months            term, ≥ 1
     * @param disbursedOn       the k-th installment falls due on {@code disbursedOn.plusMonths(k)}
     */
    public List<Installment> schedule(BigDecimal principal, BigDecimal annualRatePercent, int months,
                                      RepaymentMethod method, LocalDate disbursedOn) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(disbursedOn, "disbursedOn");
        if (principal == null || principal.signum() <= 0) {
            throw new IllegalArgumentException("principal must be positive: " + principal);
        }
        if (principal.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("principal must be whole cents: " + principal);
        }
        if (annualRatePercent == null || annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("annual rate must not be negative: " + annualRatePercent);
        }
        if (months < 1) {
            throw new IllegalArgumentException("term must be at least one month: " + months);
        }
        BigDecimal p = principal.setScale(2);
        BigDecimal r = annualRatePercent.divide(HUNDRED, MC).divide(MONTHS_PER_YEAR, MC);
        return switch (method) {
            case EQUAL_INSTALLMENT -> equalInstallments(p, r, months, disbursedOn);
            case EQUAL_PRINCIPAL -> equalPrincipal(p, r, months, disbursedOn);
            case INTEREST_FIRST -> interestFirst(p, r, months, disbursedOn);
            case BULLET -> bullet(p, annualRatePercent, months, disbursedOn);
        };
    }

    /** 等额本息: the same payment M every month; interest on the balance, the rest repays principal. */
    private List<Installment> equalInstallments(BigDecimal p, BigDecimal r, int n, LocalDate start) {
        BigDecimal payment;
        if (r.signum() == 0) {
            payment = cents(p.divide(BigDecimal.valueOf(n), MC));
        } else {
            BigDecimal growth = BigDecimal.ONE.add(r, MC).pow(n, MC);
            payment = cents(p.multiply(r, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE, MC), MC));
        }
        return amortise(p, r, n, start, interest -> payment.subtract(interest));
    }

    /** 等额本金: the same principal every month, interest on the balance before it. */
    private List<Installment> equalPrincipal(BigDecimal p, BigDecimal r, int n, LocalDate start) {
        BigDecimal share = cents(p.divide(BigDecimal.valueOf(n), MC));
        return amortise(p, r, n, start, interest -> share);
    }

    /**
     * Walks the balance down: each month interest = round(balance·r) and the principal the method asks
     * for, never more than is still owed; the last month repays the rest.
     */
    private List<Installment> amortise(BigDecimal p, BigDecimal r, int n, LocalDate start,
                                       UnaryOperator<BigDecimal> principalFor) {
        List<Installment> rows = new ArrayList<>(n);
        BigDecimal balance = p;
        for (int k = 1; k <= n; k++) {
            BigDecimal interest = cents(balance.multiply(r, MC));
            BigDecimal repaid = k == n ? balance : principalFor.apply(interest).min(balance).max(BigDecimal.ZERO);
            balance = balance.subtract(repaid);
            rows.add(Installment.of(k, start.plusMonths(k), repaid, interest, balance));
        }
        return List.copyOf(rows);
    }

    /** 先息后本: interest on the full principal every month, the principal with the last one. */
    private List<Installment> interestFirst(BigDecimal p, BigDecimal r, int n, LocalDate start) {
        BigDecimal interest = cents(p.multiply(r, MC));
        List<Installment> rows = new ArrayList<>(n);
        for (int k = 1; k < n; k++) {
            rows.add(Installment.of(k, start.plusMonths(k), zero(), interest, p));
        }
        rows.add(Installment.of(n, start.plusMonths(n), p, interest, zero()));
        return List.copyOf(rows);
    }

    /** 到期一次还本付息: one payment at maturity, interest by actual days over the day-count basis. */
    private List<Installment> bullet(BigDecimal p, BigDecimal annualRatePercent, int n, LocalDate start) {
        LocalDate maturity = start.plusMonths(n);
        long days = ChronoUnit.DAYS.between(start, maturity);
        BigDecimal interest = cents(p.multiply(annualRatePercent, MC).divide(HUNDRED, MC)
                .multiply(BigDecimal.valueOf(days), MC).divide(BigDecimal.valueOf(basis.daysPerYear()), MC));
        return List.of(Installment.of(1, maturity, p, interest, zero()));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
