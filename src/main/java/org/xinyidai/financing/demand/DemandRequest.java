package org.xinyidai.financing.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.xinyidai.product.GuaranteeMethod;

/** What an enterprise enters when it publishes a demand; the amount in 万元, the rate in percent a year. */
public record DemandRequest(BigDecimal amountWan, int termMonths, String purpose, List<GuaranteeMethod> guaranteeMethods,
                            BigDecimal maxRate, LocalDate neededBy, String regionCode, String contactName,
                            String contactPhone, String note) {

    public DemandRequest {
        guaranteeMethods = List.copyOf(guaranteeMethods);
    }
}
