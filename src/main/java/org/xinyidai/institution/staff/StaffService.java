package org.xinyidai.institution.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.NewStaff;
import org.xinyidai.institution.OrderFigures;
import org.xinyidai.institution.referral.Referrals;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * Customer managers and admins (客户经理管理 / 机构用户管理): add, edit, approve, enable and disable, work
 * status, delete and resignation handover. Each change is one transaction and one audit entry; a rule that says
 * no throws a {@link Refused} inside it, and a person outside the admin's scope is {@link NotFound}.
 */
@Service
public class StaffService {

    /** The longest note a handover keeps (institution_handover.note). */
    static final int NOTE_MAX = 200;

    private final StaffMembers staff;
    private final StaffEnrolment enrolment;
    private final Colleagues colleagues;
    private final Nodes nodes;
    private final AccountAdministration accounts;
    private final OrderFigures orders;
    private final ReferralCodes referralCodes;
    private final Referrals referrals;
    private final Handovers handovers;
    private final OperationLog operationLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(StaffMembers staff, StaffEnrolment enrolment, Colleagues colleagues, Nodes nodes,
                 AccountAdministration accounts, OrderFigures orders, ReferralCodes referralCodes,
                 Referrals referrals, Handovers handovers, OperationLog operationLog,
                 ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.enrolment = enrolment;
        this.colleagues = colleagues;
        this.nodes = nodes;
        this.accounts = accounts;
        this.orders = orders;
        this.referralCodes = referralCodes;
        this.referrals = referrals;
        this.handovers = handovers;
        this.operationLog = operationLog;
        this.events = events;
        this.clock = clock;
    }

    /** An admin adds a person: customer managers wait for approval, admins can work at once. */
    @Transactional
    public void add(NodeScope scope, StaffDetails details, CurrentUser actor) {
        checkNode(scope, details);
        StaffMember.checkAddable(details.role());
        checkPhone(details, null);
        boolean approved = details.role() != Role.CUSTOMER_MANAGER;
        long id = enrolment.enrol(new NewStaff(scope.institutionId(), details.nodeId(), details.role(), details.name(),
                details.phone(), details.position(), details.employeeNo(), null, approved));
        operationLog.record(actor.did("STAFF_CREATE").on("institution_staff", id)
                .withDetail(details.role().name() + " " + details.name() + " " + details.phone().masked()));
    }

    /** New details for a person in scope; their role stays. */
    @Transactional
    public void edit(NodeScope scope, long accountId, StaffDetails details, CurrentUser actor) {
        StaffMember member = inScope(accountId, scope);
        String nameBefore = member.name();
        checkNode(scope, details);
        checkPhone(details, accountId);
        member.edit(details.name(), details.phone(), details.nodeId(), details.position(), details.employeeNo());
        staff.save(member);
        accounts.updateStaff(accountId, details.name(), details.phone(), details.nodeId(),
                enrolment.organisation(scope.institutionId(), details.nodeId()));
        operationLog.record(actor.did("STAFF_UPDATE").on("institution_staff", accountId).withDetail(nameBefore));
    }

    /** 审核: a pending customer manager may sign in from now on, gets a referral code and is told by SMS. */
    @Transactional
    public void approve(NodeScope scope, long accountId, CurrentUser actor) {
        StaffMember member = inScope(accountId, scope);
        member.approve(referralCodes.next());
        staff.save(member);
        accounts.setStatus(accountId, AccountStatus.ACTIVE);
        operationLog.record(actor.did("STAFF_APPROVE").on("institution_staff", accountId).withDetail(member.name()));
        member.events().forEach(events::publishEvent);
    }

    /** 状态设置: enable or disable the person's sign-in. */
    @Transactional
    public void setEnabled(NodeScope scope, long accountId, boolean enabled, CurrentUser actor) {
        StaffMember member = inScope(accountId, scope);
        member.checkSignInMayChange(actor.accountId());
        accounts.setStatus(accountId, enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED);
        operationLog.record(actor.did(enabled ? "STAFF_ENABLE" : "STAFF_DISABLE").on("institution_staff", accountId)
                .withDetail(member.name()));
    }

    /** 工作状态设置: on-leave managers get no new assignments. */
    @Transactional
    public void setWorkStatus(NodeScope scope, long accountId, StaffMember.WorkStatus status, CurrentUser actor) {
        StaffMember member = inScope(accountId, scope);
        member.setWorkStatus(status);
        staff.save(member);
        operationLog.record(actor.did("STAFF_WORK_STATUS").on("institution_staff", accountId)
                .withDetail(member.name() + " " + status.name()));
    }

    /** Deletion: refused while the person holds open orders or has enterprises attributed to them. */
    @Transactional
    public void delete(NodeScope scope, long accountId, CurrentUser actor) {
        StaffMember member = inScope(accountId, scope);
        member.checkRemovable(actor.accountId(),
                orders.openOrdersHeldBy(accountId) > 0 || referrals.hasReferrals(accountId));
        // The person leaves the institution for good: the staff row goes, the account is kept (past orders and
        // the audit trail name it) but can never be enabled again, and the phone number is free to be added anew.
        staff.delete(accountId);
        accounts.remove(accountId);
        operationLog.record(actor.did("STAFF_DELETE").on("institution_staff", accountId).withDetail(member.name()));
    }

    /**
     * 离职交接: the leaving person's open orders and referred enterprises move to a colleague (the orders in this
     * transaction, by financing's listener of {@code StaffHandedOver}), the move is recorded, and the leaving
     * person can no longer sign in.
     *
     * @param successor the colleague chosen, or null when none was
     */
    @Transactional
    public void handOver(NodeScope scope, AccountId leaving, AccountId successor, String note, CurrentUser actor) {
        StaffMember from = inScope(leaving.value(), scope);
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new Refused("staff.handover.noteTooLong");
        }
        StaffMember to = successor == null ? null : colleagues.successorsFor(from.accountId(), scope).stream()
                .filter(s -> s.accountId() == successor.value()).findFirst().orElse(null);
        from.handOverTo(to, actor.accountId());
        long openOrders = orders.openOrdersHeldBy(from.accountId());
        referrals.move(leaving, successor);
        handovers.record(scope.institutionId(), from.accountId(), to.accountId(), actor.accountId(), openOrders,
                trimmed, OffsetDateTime.now(clock));
        accounts.setStatus(from.accountId(), AccountStatus.DISABLED);
        from.events().forEach(events::publishEvent);
        operationLog.record(actor.did("STAFF_HANDOVER").on("institution_staff", from.accountId())
                .withDetail(from.name() + " → " + to.name() + ", " + openOrders + " open orders"));
    }

    private StaffMember inScope(long accountId, NodeScope scope) {
        return staff.find(accountId, scope).orElseThrow(NotFound::new);
    }

    private void checkNode(NodeScope scope, StaffDetails details) {
        if (nodes.find(details.nodeId(), scope).isEmpty()) {
            throw Refused.field("nodeId", "staff.nodeOutOfScope");
        }
    }

    private void checkPhone(StaffDetails details, Long accountId) {
        Optional<Long> owner = accounts.findIdByPhone(details.phone());
        if (owner.isPresent() && !owner.get().equals(accountId)) {
            throw Refused.field("phone", "staff.phoneTaken");
        }
    }
}
