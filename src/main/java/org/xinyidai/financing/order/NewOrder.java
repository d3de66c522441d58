package org.xinyidai.financing.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.xinyidai.financing.OrderChannel;

/** What an order starts with, once routed to an institution, a node and perhaps a manager. */
public record NewOrder(String siteCode, long enterpriseId, String enterpriseName, String enterpriseRegion,
                       long applicantAccount, String contactName, String contactPhone, long institutionId,
                       long nodeId, String nodePath, Long managerAccount, String managerName, Long productId,
                       String productName, Long demandId, OrderChannel channel, BigDecimal amount, int termMonths,
                       String purpose, LocalDateTime acceptDeadline) {

    /**
     * What the database keeps unique while the order is open (V66): the enterprise and the product it applied
     * for. An advisor's dispatch holds none, so sending an expired order on never collides with a new application.
     */
    String openKey() {
        return productId == null || channel == OrderChannel.DISPATCH ? null : enterpriseId + ":" + productId;
    }
}
