package org.xinyidai.financing.demand;

/** Where the advisor sends a demand or an expired order: an institution, and optionally one of its nodes. */
public record DispatchTarget(long institutionId, Long nodeId) {
}
