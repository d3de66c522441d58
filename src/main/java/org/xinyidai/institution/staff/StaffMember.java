package org.xinyidai.institution.staff;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.StaffApproved;
import org.xinyidai.institution.StaffHandedOver;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * A customer manager or admin of an institution, with the node they belong to: the aggregate of the staff
 * feature. It holds the rules on what may happen to a person (approval only while pending, nobody acts on their
 * own account, a person still holding work is not deleted, a handover needs a colleague to take it), refuses
 * the rest with a {@link Refused}, and records the events it raised; {@link StaffMembers#save} writes it with a
 * versioned update and the service publishes the events. The sign-in account itself belongs to identity.
 */
public class StaffMember {

    private final long accountId;
    private final long institutionId;
    private long nodeId;
    private final String nodeName;
    private final String nodePath;
    private final Role role;
    private String name;
    private String phone;
    private String position;
    private String employeeNo;
    private Approval approval;
    private WorkStatus workStatus;
    private String referralCode;
    private final OffsetDateTime createdAt;
    private final int version;
    private boolean changed;
    private final List<Object> events = new ArrayList<>();

    /** As stored; only {@link StaffMembers} builds one. */
    StaffMember(long accountId, long institutionId, long nodeId, String nodeName, String nodePath, Role role,
                String name, String phone, String position, String employeeNo, Approval approval,
                WorkStatus workStatus, String referralCode, OffsetDateTime createdAt, int version) {
        this.accountId = accountId;
        this.institutionId = institutionId;
        this.nodeId = nodeId;
        this.nodeName = nodeName;
        this.nodePath = nodePath;
        this.role = role;
        this.name = name;
        this.phone = phone;
        this.position = position;
        this.employeeNo = employeeNo;
        this.approval = approval;
        this.workStatus = workStatus;
        this.referralCode = referralCode;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** Admins add customer managers and admins (专管员); the HQ admin comes only with onboarding. */
    static void checkAddable(Role role) {
        if (role != Role.CUSTOMER_MANAGER && role != Role.INST_ADMIN) {
            throw Refused.field("role", "staff.roleNotAllowed");
        }
    }

    /** New details from an admin; the role stays what it is. */
    void edit(String name, PhoneNumber phone, long nodeId, String position, String employeeNo) {
        this.name = name;
        this.phone = phone.value();
        this.nodeId = nodeId;
        this.position = position;
        this.employeeNo = employeeNo;
        changed = true;
    }

    /** 审核: a pending customer manager may sign in from now on and gets a referral code (kept if it had one). */
    void approve(String newReferralCode) {
        if (!isPending()) {
            throw new Refused("staff.notPending");
        }
        approval = Approval.APPROVED;
        if (referralCode == null) {
            referralCode = newReferralCode;
        }
        changed = true;
        events.add(new StaffApproved(institutionId, accountId, phone));
    }

    /** 状态设置: someone else's sign-in, once approved, may be turned on or off. */
    void checkSignInMayChange(long actorAccountId) {
        notTheActor(actorAccountId);
        if (isPending()) {
            throw new Refused("staff.approveFirst");
        }
    }

    /** 工作状态设置: on-leave managers get no new assignments. */
    void setWorkStatus(WorkStatus status) {
        workStatus = status;
        changed = true;
    }

    /** Deletion: not one's own account, and not while the person holds open orders or referred enterprises. */
    void checkRemovable(long actorAccountId, boolean holdsWork) {
        notTheActor(actorAccountId);
        if (holdsWork) {
            throw new Refused("staff.holdsWork");
        }
    }

    /**
     * 离职交接 to a colleague who may take the work ({@code null} when the one chosen may not): the event moves
     * the open orders in the same transaction.
     */
    void handOverTo(StaffMember successor, long actorAccountId) {
        if (successor == null) {
            throw Refused.field("successor", "staff.handover.successorRequired");
        }
        notTheActor(actorAccountId);
        events.add(new StaffHandedOver(institutionId, accountId, successor.accountId(), actorAccountId));
    }

    private void notTheActor(long actorAccountId) {
        if (accountId == actorAccountId) {
            throw new Refused("staff.notYourself");
        }
    }

    /** The events raised since it was loaded, for the service to publish once it is saved. */
    List<Object> events() {
        return List.copyOf(events);
    }

    boolean changed() {
        return changed;
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    public boolean isPending() {
        return approval == Approval.PENDING;
    }

    public boolean isOnLeave() {
        return workStatus == WorkStatus.ON_LEAVE;
    }

    // State, as the pages read it.
    public long accountId() { return accountId; }
    public long institutionId() { return institutionId; }
    public long nodeId() { return nodeId; }
    public String nodeName() { return nodeName; }
    public String nodePath() { return nodePath; }
    public Role role() { return role; }
    public String name() { return name; }
    public String phone() { return phone; }
    public String position() { return position; }
    public String employeeNo() { return employeeNo; }
    public Approval approval() { return approval; }
    public WorkStatus workStatus() { return workStatus; }
    public String referralCode() { return referralCode; }
    public OffsetDateTime createdAt() { return createdAt; }
    public int version() { return version; }

    /** 审核: new customer managers wait for an admin's approval before they can sign in. */
    public enum Approval {
        PENDING, APPROVED;

        public String labelKey() {
            return "staff.approval." + name();
        }
    }

    /** 工作状态: on-leave managers get no new assignments. */
    public enum WorkStatus {
        ON_DUTY, ON_LEAVE;

        public String labelKey() {
            return "staff.work." + name();
        }
    }
}
