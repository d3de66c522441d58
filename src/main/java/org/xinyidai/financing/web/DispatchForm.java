package org.xinyidai.financing.web;

import jakarta.validation.constraints.NotNull;
import org.xinyidai.financing.demand.DispatchTarget;

/** 分派: the institution the advisor chooses, optionally one of its nodes, and the version of what they saw. */
record DispatchForm(@NotNull(message = "{demand.dispatch.institutionRequired}") Long institutionId, Long nodeId,
                    Integer version) {

    /** The empty form for a demand or order the advisor read at {@code version}. */
    static DispatchForm blank(int version) {
        return new DispatchForm(null, null, version);
    }

    DispatchTarget toTarget() {
        return new DispatchTarget(institutionId, nodeId);
    }

    /** The version the advisor saw; 0 when the form did not say. */
    int seenVersion() {
        return version == null ? 0 : version;
    }
}
