package org.xinyidai.financing.order;

/** Where an order is worked: its node, and the customer manager holding it (none while it waits in the pool). */
record Placement(long nodeId, String nodePath, Long managerAccount, String managerName) {
}
