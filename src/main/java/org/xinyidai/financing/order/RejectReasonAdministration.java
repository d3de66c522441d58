package org.xinyidai.financing.order;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.financing.order.RejectReasons.RejectReason;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/** 拒绝原因: the platform admin adds reasons (each code once) and changes them; every change is logged. */
@Service
public class RejectReasonAdministration {

    private final RejectReasons reasons;
    private final OperationLog log;

    RejectReasonAdministration(RejectReasons reasons, OperationLog log) {
        this.reasons = reasons;
        this.log = log;
    }

    /** A new reason; refused beside its code when the code is taken. */
    @Transactional
    public void add(CurrentUser admin, RejectReason reason) {
        if (reasons.exists(reason.code())) {
            throw Refused.field("code", "reason.validation.taken");
        }
        reasons.add(reason);
        log.record(admin.did("REJECT_REASON_ADD").withDetail(reason.code()));
    }

    /** Changes a reason's labels, order and whether it is offered; {@link NotFound} for an unknown code. */
    @Transactional
    public void update(CurrentUser admin, RejectReason reason) {
        if (!reasons.update(reason)) {
            throw new NotFound();
        }
        log.record(admin.did("REJECT_REASON_UPDATE").withDetail(reason.code()));
    }
}
