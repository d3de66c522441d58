package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Five-category classification by days past due: none overdue → 正常, anything overdue → 关注, more
 * than the configured days → 次级, 可疑, 损失 (defaults 90 / 270 / 360).
 */
public class LoanClassifier {

    /** Above this share of a debtor's balance being non-performing, all of the debtor's claims are. */
    private static final BigDecimal DEBTOR_NPL_SHARE = new BigDecimal("0.10");

    private final LoanProperties.Classification thresholds;

    public LoanClassifier(LoanProperties.Classification thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The class of a claim whose oldest unpaid amount is {@code daysPastDue} days overdue. */
    public LoanClass classify(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due must not be negative: " + daysPastDue);
        }
        if (daysPastDue > thresholds.lossAfterDays()) {
            return LoanClass.LOSS;
        }
        if (daysPastDue > thresholds.doubtfulAfterDays()) {
            return LoanClass.DOUBTFUL;
        }
        if (daysPastDue > thresholds.substandardAfterDays()) {
            return LoanClass.SUBSTANDARD;
        }
        return daysPastDue > 0 ? LoanClass.SPECIAL_MENTION : LoanClass.NORMAL;
    }

    /**
     * Days since the earliest due date that is not fully repaid; 0 when nothing is overdue. An amount
     * due today is not yet overdue.
     */
    public static int daysPastDue(Collection<? extends Due> dues, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return dues.stream()
                .filter(d -> d.outstanding().signum() > 0 && d.dueDate().isBefore(today))
                .map(Due::dueDate)
                .min(LocalDate::compareTo)
                .map(earliest -> Math.toIntExact(ChronoUnit.DAYS.between(earliest, today)))
                .orElse(0);
    }

    /**
     * The debtor rule: when more than 10% of one debtor's balance is non-performing, every claim on that
     * debtor is raised to at least the worst non-performing class among them.
     *
     * @return the class every claim must be raised to, or {@code null} when no claim needs raising
     */
    public static LoanClass debtorLevel(List<Claim> claims) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal nonPerforming = BigDecimal.ZERO;
        LoanClass worst = LoanClass.NORMAL;
        for (Claim claim : claims) {
            total = total.add(claim.balance());
            if (claim.loanClass().nonPerforming()) {
                nonPerforming = nonPerforming.add(claim.balance());
            }
            worst = claim.loanClass().compareTo(worst) > 0 ? claim.loanClass() : worst;
        }
        if (total.signum() <= 0 || nonPerforming.compareTo(total.multiply(DEBTOR_NPL_SHARE)) <= 0) {
            return null;
        }
        LoanClass level = worst;
        return claims.stream().anyMatch(c -> c.loanClass().compareTo(level) < 0) ? level : null;
    }

    /** One claim on a debtor: its own class and outstanding balance. */
    public record Claim(LoanClass loanClass, BigDecimal balance) {

        public Claim {
            Objects.requireNonNull(loanClass, "loanClass");
            Objects.requireNonNull(balance, "balance");
        }
    }
}
