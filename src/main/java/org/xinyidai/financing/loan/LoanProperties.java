package org.xinyidai.financing.loan;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Loan arithmetic settings, under {@code xyd.financing} (see application.yml).
 *
 * @param dayCountBasis         days per year for daily interest: 360 or 365
 * @param classification        days past due at which a claim becomes 次级, 可疑, 损失
 * @param holidays              public holidays (yyyy-MM-dd) that are not working days; the acceptance deadline
 *                              itself (受理时限, in working days) is each city site's setting
 * @param creditValidity        how long a granted line (授信) may be valid, counted from the approval date
 */
@ConfigurationProperties("xyd.financing")
public record LoanProperties(@DefaultValue("365") int dayCountBasis,
                             @DefaultValue Classification classification,
                             @DefaultValue List<LocalDate> holidays,
                             @DefaultValue CreditValidity creditValidity) {

    public LoanProperties {
        DayCountBasis.of(dayCountBasis);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    public DayCountBasis basis() {
        return DayCountBasis.of(dayCountBasis);
    }

    /**
     * A claim is 次级 above {@code substandardAfterDays} days past due, 可疑 above
     * {@code doubtfulAfterDays}, 损失 above {@code lossAfterDays}; any amount overdue is 关注.
     */
    public record Classification(@DefaultValue("90") int substandardAfterDays,
                                 @DefaultValue("270") int doubtfulAfterDays,
                                 @DefaultValue("360") int lossAfterDays) {

        public Classification {
            if (substandardAfterDays < 1 || doubtfulAfterDays <= substandardAfterDays || lossAfterDays <= doubtfulAfterDays) {
                throw new IllegalArgumentException("classification thresholds must rise: "
                        + substandardAfterDays + " < " + doubtfulAfterDays + " < " + lossAfterDays);
            }
        }
    }

    /**
     * A line is valid at least {@code min} and at most {@code max} after the day it is granted (DOMAIN: 1–3 years).
     */
    public record CreditValidity(@DefaultValue("P1Y") Period min, @DefaultValue("P3Y") Period max) {

        public CreditValidity {
            LocalDate probe = LocalDate.of(2000, 1, 1);
            if (min.isNegative() || min.isZero() || probe.plus(max).isBefore(probe.plus(min))) {
                throw new IllegalArgumentException("credit validity must be positive and min <= max: " + min + ", " + max);
            }
        }

        /** The first day a line granted on {@code approvedOn} may be valid until. */
        public LocalDate earliest(LocalDate approvedOn) {
            return approvedOn.plus(min);
        }

        /** The last day a line granted on {@code approvedOn} may be valid until. */
        public LocalDate latest(LocalDate approvedOn) {
            return approvedOn.plus(max);
        }
    }
}
