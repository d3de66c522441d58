package org.xinyidai.institution;

import java.time.YearMonth;

/**
 * Where node and manager performance comes from: the orders. Orders belong to the financing module,
 * which implements this port.
 */
public interface OrderFigures {

    /** Figures of orders handled by a node and every node below it, in one month. */
    Performance forSubtree(long institutionId, String subtreePath, YearMonth month);

    /** Figures of orders assigned to one customer manager, in one month. */
    Performance forManager(long accountId, YearMonth month);

    /** Orders a person still holds (not settled, rejected, withdrawn or expired). */
    long openOrdersHeldBy(long accountId);
}
