package org.xinyidai.institution;

/**
 * A leaving customer manager's work moved to a colleague (离职交接 or 业务移交). The financing module
 * moves the open orders and records them on each order's timeline.
 */
public record StaffHandedOver(long institutionId, long fromAccountId, long toAccountId, long byAccountId) {
}
