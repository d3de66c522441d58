package org.xinyidai.financing.demand;

/** Where a financing demand stands: waiting for the advisor, sent to an institution, or taken back. */
public enum DemandStatus {
    PUBLISHED, DISPATCHED, WITHDRAWN;

    /** The enterprise may withdraw only what nobody has acted on yet. */
    public boolean withdrawable() {
        return this == PUBLISHED;
    }

    /** The advisor may dispatch again (another institution after a rejection), never a withdrawn demand. */
    public boolean dispatchable() {
        return this != WITHDRAWN;
    }

    public String labelKey() {
        return "demand.status." + name();
    }
}
