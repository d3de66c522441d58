package org.xinyidai.financing.order;

import java.math.BigDecimal;

/** What an enterprise asks for when it applies for a product; the amount in 万元. */
public record Application(BigDecimal amountWan, int termMonths, String purpose, String contactName,
                          String contactPhone) {
}
