package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.financing.loan.LoanClassifier.Claim;

/**
 * The daily five-category run (五级分类): every unsettled loan's days past due and class are recomputed from
 * its schedule, then the debtor rule raises all of an enterprise's loans when more than a tenth of its balance
 * is non-performing. Thresholds come from {@code xyd.financing.classification}.
 */
@Component
public class LoanClassificationJob {

    private final Loans loans;
    private final LoanClassifier classifier;
    private final Clock clock;
    private final ZoneId zone;

    LoanClassificationJob(Loans loans, LoanClassifier classifier, Clock clock, ZoneId zone) {
        this.loans = loans;
        this.classifier = classifier;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${xyd.financing.classification-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    public void runDaily() {
        classifyAll(LocalDate.now(clock.withZone(zone)));
    }

    /** Classifies every unsettled loan as of a day; returns how many loans were looked at. */
    @Transactional
    public int classifyAll(LocalDate day) {
        List<ClassifiedLoan> classified = new ArrayList<>();
        for (Loan loan : loans.unsettled()) {
            List<ScheduledInstallment> schedule = loans.schedule(loan.id());
            int days = LoanClassifier.daysPastDue(schedule, day);
            LoanClass loanClass = classifier.classify(days);
            BigDecimal balance = schedule.stream().map(ScheduledInstallment::outstanding)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            classified.add(new ClassifiedLoan(loan.id(), loans.enterpriseOf(loan.orderId()), loanClass, days, balance));
        }
        Map<Long, List<ClassifiedLoan>> byDebtor = classified.stream()
                .collect(Collectors.groupingBy(ClassifiedLoan::enterpriseId));
        for (List<ClassifiedLoan> debtorLoans : byDebtor.values()) {
            LoanClass raiseTo = LoanClassifier.debtorLevel(debtorLoans.stream()
                    .map(l -> new Claim(l.loanClass(), l.balance())).toList());
            for (ClassifiedLoan l : debtorLoans) {
                LoanClass finalClass = raiseTo != null && raiseTo.compareTo(l.loanClass()) > 0 ? raiseTo : l.loanClass();
                loans.classify(l.loanId(), finalClass, l.daysPastDue());
            }
        }
        return classified.size();
    }

    private record ClassifiedLoan(long loanId, long enterpriseId, LoanClass loanClass, int daysPastDue,
                                  BigDecimal balance) {
    }
}
