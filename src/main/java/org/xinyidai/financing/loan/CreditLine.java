package org.xinyidai.financing.loan;

import org.xinyidai.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 授信: the line granted on an order, in yuan, with its annual rate (%), term and validity. */
public record CreditLine(long orderId, BigDecimal line, BigDecimal annualRate, int termMonths, LocalDate validUntil,
                         LocalDateTime approvedAt) {

    public BigDecimal lineWan() {
        return Money.wan(line);
    }
}
