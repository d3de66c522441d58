package org.xinyidai.financing.web;

import jakarta.validation.constraints.NotNull;
import org.xinyidai.financing.demand.DispatchTarget;

/** 分派: the institution the advisor chooses, optionally one of its nodes, and the version of what they saw. */
public class DispatchForm {

    @NotNull(message = "{demand.dispatch.institutionRequired}")
    private Long institutionId;

    private Long nodeId;

    private int version;

    DispatchTarget toTarget() {
        return new DispatchTarget(institutionId, nodeId);
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
