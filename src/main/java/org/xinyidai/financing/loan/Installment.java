package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a repayment schedule, amounts in yuan to the cent.
 *
 * @param number       1-based
 * @param principal    principal repaid with this installment
 * @param interest     interest paid with this installment
 * @param amount       principal + interest
 * @param balanceAfter principal still owed after this installment; 0 after the last
 */
public record Installment(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest,
                          BigDecimal amount, BigDecimal balanceAfter) {

    static Installment of(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest, BigDecimal balanceAfter) {
        return new Installment(number, dueDate, principal, interest, principal.add(interest), balanceAfter);
    }
}
