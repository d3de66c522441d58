package org.xinyidai.institution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.referral.StaffReferrals;
import org.xinyidai.institution.staff.Colleagues;
import org.xinyidai.institution.staff.StaffEnrolment;
import org.xinyidai.institution.profile.Profiles;
import org.xinyidai.institution.tree.Institutions;

/**
 * What other modules read about institutions, their branch trees and their people, as records; and how
 * onboarding's counterpart, the demo data, creates institutions, nodes and staff.
 */
@Service
public class InstitutionApi {

    private final Institutions institutions;
    private final StaffEnrolment enrolment;
    private final Colleagues colleagues;
    private final StaffReferrals referrals;
    private final Profiles profiles;

    InstitutionApi(Institutions institutions, StaffEnrolment enrolment, Colleagues colleagues,
                   StaffReferrals referrals, Profiles profiles) {
        this.profiles = profiles;
        this.institutions = institutions;
        this.enrolment = enrolment;
        this.colleagues = colleagues;
        this.referrals = referrals;
    }

    public List<InstitutionSummary> all() {
        return institutions.all();
    }

    public Optional<InstitutionSummary> find(long institutionId) {
        return institutions.find(institutionId);
    }

    /** Every institution's name by id, for lists that show many (cached: a name does not change once created). */
    public InstitutionNames names() {
        return institutions.names();
    }

    public Optional<InstitutionSummary> findByName(String name) {
        return institutions.findByName(name);
    }

    /** The public profile the directory shows; empty for an unknown institution. */
    public Optional<PublicProfile> profile(long institutionId) {
        return institutions.profile(institutionId);
    }

    /** Institutions with a branch in one of these regions, or serving one of them, by name. */
    /** Gives an institution an introduction, phone and address unless its profile is already written (demo data). */
    public void describeIfBlank(long institutionId, String introduction, String contactPhone, String contactAddress) {
        profiles.describeIfBlank(institutionId, introduction, contactPhone, contactAddress);
    }

    public List<InstitutionSummary> serving(Collection<String> regionCodes) {
        return institutions.serving(regionCodes);
    }

    public Optional<NodeSummary> findNode(long nodeId) {
        return institutions.findNode(nodeId);
    }

    /** Every node of an institution, ordered so that a parent comes before its children. */
    public List<NodeSummary> nodes(long institutionId) {
        return institutions.nodes(institutionId);
    }

    /** How many people the viewer's part of the branch tree has, by approval and work status. */
    public StaffCounts countsFor(CurrentUser viewer) {
        return colleagues.countsFor(viewer);
    }

    /**
     * Approved, on-duty customer managers of an institution at or below a node (given by its path) whose account
     * can sign in: the only people 指派, 业务移交 and routing may give an order to.
     */
    public List<Colleague> managersIn(long institutionId, String subtreePath) {
        return colleagues.managersIn(institutionId, subtreePath);
    }

    /** The on-duty admins who look after a node: its own, and those of every node above it up to head office. */
    public List<Long> adminsOver(long institutionId, String nodePath) {
        return colleagues.adminsOver(institutionId, nodePath);
    }

    /** The customer manager whose QR code an enterprise user registered through, if any. */
    public Optional<Referral> referralOf(long enterpriseAccountId) {
        return referrals.referralOf(enterpriseAccountId);
    }

    /** Demo data: an institution with its head-office node; answers the new institution. */
    public InstitutionSummary create(String name, String shortName, InstitutionType type, String headOfficeName) {
        return institutions.create(name, shortName, type, headOfficeName);
    }

    /** Demo data: a node under a parent node; answers the new node's id. */
    public long addNode(long parentNodeId, String name, NodeType type, String regionCode, String address) {
        return institutions.addNode(parentNodeId, name, type, regionCode, address);
    }

    /**
     * Opens the sign-in account and the staff record of a new institution employee (demo data).
     *
     * @throws IllegalStateException when the phone number already has an account
     */
    public long enrol(NewStaff staff) {
        return enrolment.enrol(staff);
    }
}
