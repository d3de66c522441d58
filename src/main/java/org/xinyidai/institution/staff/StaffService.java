package org.xinyidai.institution.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionStaff;
import org.xinyidai.institution.Institutions;
import org.xinyidai.institution.StaffApproved;
import org.xinyidai.institution.StaffHandedOver;
import org.xinyidai.institution.OrderFigures;
import org.xinyidai.institution.tree.Node;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.PhoneNumber;

/**
 * Customer managers and admins (客户经理管理 / 机构用户管理): add, edit, approve, enable and disable, work
 * status, delete and resignation handover. Each change is one transaction and one audit entry.
 */
@Service
public class StaffService implements InstitutionStaff {

    private final StaffMembers staff;
    private final Nodes nodes;
    private final Institutions institutions;
    private final AccountAdministration accounts;
    private final OrderFigures orders;
    private final ReferralCodes referralCodes;
    private final Handovers handovers;
    private final OperationLog operationLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffService(StaffMembers staff, Nodes nodes, Institutions institutions, AccountAdministration accounts,
                 OrderFigures orders, ReferralCodes referralCodes, Handovers handovers,
                 OperationLog operationLog, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.nodes = nodes;
        this.institutions = institutions;
        this.accounts = accounts;
        this.orders = orders;
        this.referralCodes = referralCodes;
        this.handovers = handovers;
        this.operationLog = operationLog;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome of a change: done, or refused with a message key (and the field it belongs to). */
    public record Outcome(boolean done, String field, String messageKey) {

        static final Outcome DONE = new Outcome(true, null, null);

        static Outcome refused(String field, String messageKey) {
            return new Outcome(false, field, messageKey);
        }
    }

    /** What an admin fills in for a person. */
    public record StaffDetails(String name, PhoneNumber phone, long nodeId, Role role, String position,
                               String employeeNo) {
    }

    @Override
    @Transactional
    public long enrol(NewStaff s) {
        long id = accounts.create(new NewAccount(s.phone(), s.name(), s.role(), null, null, s.institutionId(),
                s.nodeId(), organisation(s.institutionId(), s.nodeId()), s.initialPassword(),
                s.approved() ? AccountStatus.ACTIVE : AccountStatus.PENDING));
        staff.insert(id, s.institutionId(), s.nodeId(), s.role(), s.name(), s.phone().value(), s.position(),
                s.employeeNo(), s.approved() ? StaffMember.Approval.APPROVED : StaffMember.Approval.PENDING,
                s.approved() && s.role() == Role.CUSTOMER_MANAGER ? referralCodes.next() : null,
                OffsetDateTime.now(clock));
        return id;
    }

    /** An admin adds a person: customer managers wait for approval, admins can work at once. */
    @Transactional
    public Outcome add(NodeScope scope, StaffDetails details, CurrentUser actor) {
        Optional<Outcome> refusal = check(scope, details, null);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        boolean approved = details.role() != Role.CUSTOMER_MANAGER;
        long id = enrol(new NewStaff(scope.institutionId(), details.nodeId(), details.role(), details.name(),
                details.phone(), details.position(), details.employeeNo(), null, approved));
        operationLog.record(actor.did("STAFF_CREATE").on("institution_staff", id)
                .withDetail(details.role().name() + " " + details.name() + " " + details.phone().masked()));
        return Outcome.DONE;
    }

    @Transactional
    public Outcome edit(NodeScope scope, long accountId, StaffDetails details, CurrentUser actor) {
        StaffMember member = staff.find(accountId, scope).orElseThrow();
        Optional<Outcome> refusal = check(scope, details, accountId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        staff.update(accountId, details.name(), details.phone().value(), details.nodeId(), details.position(),
                details.employeeNo());
        accounts.updateStaff(accountId, details.name(), details.phone(), details.nodeId(),
                organisation(scope.institutionId(), details.nodeId()));
        operationLog.record(actor.did("STAFF_UPDATE").on("institution_staff", accountId).withDetail(member.name()));
        return Outcome.DONE;
    }

    /** 审核: a pending customer manager may sign in from now on, gets a referral code and is told by SMS. */
    @Transactional
    public Outcome approve(NodeScope scope, long accountId, CurrentUser actor) {
        StaffMember member = staff.find(accountId, scope).orElseThrow();
        if (!member.isPending()) {
            return Outcome.refused(null, "staff.notPending");
        }
        staff.approve(accountId, referralCodes.next());
        accounts.setStatus(accountId, AccountStatus.ACTIVE);
        operationLog.record(actor.did("STAFF_APPROVE").on("institution_staff", accountId).withDetail(member.name()));
        events.publishEvent(new StaffApproved(scope.institutionId(), accountId, member.phone()));
        return Outcome.DONE;
    }

    /** 状态设置: enable or disable the person's sign-in. */
    @Transactional
    public Outcome setEnabled(NodeScope scope, long accountId, boolean enabled, CurrentUser actor) {
        StaffMember member = staff.find(accountId, scope).orElseThrow();
        if (accountId == actor.accountId()) {
            return Outcome.refused(null, "staff.notYourself");
        }
        if (member.isPending()) {
            return Outcome.refused(null, "staff.approveFirst");
        }
        accounts.setStatus(accountId, enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED);
        operationLog.record(actor.did(enabled ? "STAFF_ENABLE" : "STAFF_DISABLE").on("institution_staff", accountId)
                .withDetail(member.name()));
        return Outcome.DONE;
    }

    /** 工作状态设置: on-leave managers get no new assignments. */
    @Transactional
    public Outcome setWorkStatus(NodeScope scope, long accountId, StaffMember.WorkStatus status, CurrentUser actor) {
        StaffMember member = staff.find(accountId, scope).orElseThrow();
        staff.setWorkStatus(accountId, status);
        operationLog.record(actor.did("STAFF_WORK_STATUS").on("institution_staff", accountId)
                .withDetail(member.name() + " " + status.name()));
        return Outcome.DONE;
    }

    /** Deletion: refused while the person holds open orders or has enterprises attributed to them. */
    @Transactional
    public Outcome delete(NodeScope scope, long accountId, CurrentUser actor) {
        StaffMember member = staff.find(accountId, scope).orElseThrow();
        if (accountId == actor.accountId()) {
            return Outcome.refused(null, "staff.notYourself");
        }
        if (orders.openOrdersHeldBy(accountId) > 0 || staff.hasReferrals(accountId)) {
            return Outcome.refused(null, "staff.holdsWork");
        }
        // The person leaves the institution for good: the staff row goes, the account is kept (past orders and
        // the audit trail name it) but can never be enabled again, and the phone number is free to be added anew.
        staff.delete(accountId);
        accounts.remove(accountId);
        operationLog.record(actor.did("STAFF_DELETE").on("institution_staff", accountId).withDetail(member.name()));
        return Outcome.DONE;
    }

    /**
     * 离职交接: the leaving person's open orders and referred enterprises move to a colleague, the move
     * is recorded, and the leaving person can no longer sign in.
     */
    @Transactional
    public Outcome handOver(NodeScope scope, long fromAccountId, long toAccountId, String note, CurrentUser actor) {
        StaffMember leaving = staff.find(fromAccountId, scope).orElseThrow();
        Optional<StaffMember> successor = successorsFor(fromAccountId, scope).stream()
                .filter(s -> s.accountId() == toAccountId).findFirst();
        if (successor.isEmpty()) {
            return Outcome.refused("successor", "staff.handover.successorRequired");
        }
        if (fromAccountId == actor.accountId()) {
            return Outcome.refused(null, "staff.notYourself");
        }
        long openOrders = orders.openOrdersHeldBy(fromAccountId);
        handovers.moveReferrals(fromAccountId, toAccountId);
        handovers.record(scope.institutionId(), fromAccountId, toAccountId, actor.accountId(), openOrders, note,
                OffsetDateTime.now(clock));
        accounts.setStatus(fromAccountId, AccountStatus.DISABLED);
        events.publishEvent(new StaffHandedOver(scope.institutionId(), fromAccountId, toAccountId, actor.accountId()));
        operationLog.record(actor.did("STAFF_HANDOVER").on("institution_staff", fromAccountId)
                .withDetail(leaving.name() + " → " + successor.get().name() + ", " + openOrders + " open orders"));
        return Outcome.DONE;
    }

    @Override
    public StaffCounts countsFor(CurrentUser viewer) {
        java.util.Map<String, Long> counts = staff.counts(NodeScope.of(viewer, nodes));
        return new StaffCounts(counts.getOrDefault("APPROVED", 0L), counts.getOrDefault("PENDING", 0L),
                counts.getOrDefault("ON_LEAVE", 0L), handovers.referredBy(viewer.accountId()).size());
    }

    @Override
    public List<Long> adminsOver(long institutionId, String nodePath) {
        return staff.adminsOver(institutionId, nodePath);
    }

    /** Colleagues in scope who may take over a leaving person's work: approved, on duty and able to sign in. */
    public List<StaffMember> successorsFor(long accountId, NodeScope scope) {
        return ableToSignIn(staff.successorsFor(accountId, scope));
    }

    @Override
    public List<Colleague> managersIn(long institutionId, String subtreePath) {
        return ableToSignIn(staff.managersIn(institutionId, subtreePath)).stream()
                .map(m -> new Colleague(m.accountId(), m.name(), m.nodeId(), m.nodeName(), m.nodePath())).toList();
    }

    @Override
    public Optional<Referral> referralOf(long enterpriseAccountId) {
        return handovers.referralOf(enterpriseAccountId);
    }

    /**
     * Drops people whose account is disabled (by an admin, or after a resignation handover): orders given to
     * them would sit with nobody able to act on them.
     */
    private List<StaffMember> ableToSignIn(List<StaffMember> people) {
        if (people.isEmpty()) {
            return people;
        }
        Set<Long> active = accounts.findAll(people.stream().map(StaffMember::accountId).toList()).stream()
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountAdministration.AccountView::id).collect(Collectors.toSet());
        return people.stream().filter(person -> active.contains(person.accountId())).toList();
    }

    private Optional<Outcome> check(NodeScope scope, StaffDetails details, Long accountId) {
        Optional<Node> node = nodes.find(details.nodeId(), scope);
        if (node.isEmpty()) {
            return Optional.of(Outcome.refused("nodeId", "staff.nodeOutOfScope"));
        }
        if (details.role() != Role.CUSTOMER_MANAGER && details.role() != Role.INST_ADMIN) {
            return Optional.of(Outcome.refused("role", "staff.roleNotAllowed"));
        }
        Optional<Long> owner = accounts.findIdByPhone(details.phone());
        if (owner.isPresent() && !owner.get().equals(accountId)) {
            return Optional.of(Outcome.refused("phone", "staff.phoneTaken"));
        }
        return Optional.empty();
    }

    private String organisation(long institutionId, long nodeId) {
        return institutions.findNode(nodeId).map(Institutions.NodeSummary::name)
                .or(() -> institutions.find(institutionId).map(Institutions.InstitutionSummary::name)).orElse(null);
    }
}
