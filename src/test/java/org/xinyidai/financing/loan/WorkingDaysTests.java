package org.xinyidai.financing.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

    // 2026-05-01 (Friday) is 劳动节; 2026-06-15 is a Monday taken as a holiday for this table.
    private final WorkingDays workingDays = new WorkingDays(Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 15)));

    @ParameterizedTest(name = "{0} + {1} working days → {2}")
    @CsvSource(textBlock = """
            2026-06-05T10:00, 2, 2026-06-09T10:00
            2026-06-12T10:00, 2, 2026-06-17T10:00
            2026-06-13T09:30, 1, 2026-06-16T09:30
            2026-06-08T16:45, 2, 2026-06-10T16:45
            2026-06-08T16:45, 0, 2026-06-08T16:45
            2026-04-30T08:00, 1, 2026-05-04T08:00
            2026-06-01T10:00, 10, 2026-06-16T10:00
            """)
    void skipsWeekendsAndHolidays(LocalDateTime start, int days, LocalDateTime deadline) {
        assertThat(workingDays.plus(start, days)).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource(textBlock = """
            2026-06-12, true
            2026-06-13, false
            2026-06-14, false
            2026-06-15, false
            2026-06-16, true
            """)
    void tellsWorkingDays(LocalDate day, boolean working) {
        assertThat(workingDays.isWorkingDay(day)).isEqualTo(working);
    }

    @org.junit.jupiter.api.Test
    void refusesNegativeDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.plus(LocalDateTime.of(2026, 6, 1, 9, 0), -1));
    }
}
