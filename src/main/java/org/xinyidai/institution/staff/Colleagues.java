package org.xinyidai.institution.staff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.StaffCounts;
import org.xinyidai.institution.referral.Referrals;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;

/**
 * Who works where, for the workbench and for giving work to people: counts, the admins over a node, and the
 * customer managers able to take orders (approved, on duty, and able to sign in).
 */
@Service
public class Colleagues {

    private final StaffMembers staff;
    private final Nodes nodes;
    private final Referrals referrals;
    private final AccountAdministration accounts;

    Colleagues(StaffMembers staff, Nodes nodes, Referrals referrals, AccountAdministration accounts) {
        this.staff = staff;
        this.nodes = nodes;
        this.referrals = referrals;
        this.accounts = accounts;
    }

    /** How many people the viewer's part of the branch tree has, by approval and work status. */
    public StaffCounts countsFor(CurrentUser viewer) {
        Map<String, Long> counts = staff.counts(NodeScope.of(viewer, nodes));
        return new StaffCounts(counts.getOrDefault("APPROVED", 0L), counts.getOrDefault("PENDING", 0L),
                counts.getOrDefault("ON_LEAVE", 0L), referrals.referredBy(viewer.accountId()).size());
    }

    /** The on-duty admins who look after a node: its own, and those of every node above it up to head office. */
    public List<Long> adminsOver(long institutionId, String nodePath) {
        return staff.adminsOver(institutionId, nodePath);
    }

    /** Colleagues in scope who may take over a leaving person's work: approved, on duty and able to sign in. */
    public List<StaffMember> successorsFor(long accountId, NodeScope scope) {
        return ableToSignIn(staff.successorsFor(accountId, scope));
    }

    /**
     * Approved, on-duty customer managers of an institution at or below a node (given by its path) whose account
     * can sign in: the only people 指派, 业务移交 and routing may give an order to.
     */
    public List<Colleague> managersIn(long institutionId, String subtreePath) {
        return ableToSignIn(staff.managersIn(institutionId, subtreePath)).stream()
                .map(m -> new Colleague(m.accountId(), m.name(), m.nodeId(), m.nodeName(), m.nodePath())).toList();
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
}
