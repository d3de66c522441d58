package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the classifier needs of an installment: when it fell due and how much of it is still unpaid. */
public interface Due {

    LocalDate dueDate();

    /** Principal and interest of this installment not yet repaid; 0 when fully repaid. */
    BigDecimal outstanding();

    static Due of(LocalDate dueDate, BigDecimal outstanding) {
        record Simple(LocalDate dueDate, BigDecimal outstanding) implements Due {
        }
        return new Simple(dueDate, outstanding);
    }
}
