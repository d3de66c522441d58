package org.xinyidai.financing.order;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountId;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.NodeSummary;

/**
 * Where an application to an institution lands: with the customer manager who brought the enterprise to the
 * platform (its referral code), else in the pool of the deepest node serving the enterprise's district, else at
 * head office.
 */
@Component
public class OrderRouting {

    private final InstitutionApi institutions;
    private final InstitutionApi staff;

    OrderRouting(InstitutionApi institutions, InstitutionApi staff) {
        this.institutions = institutions;
        this.staff = staff;
    }

    /** The node and perhaps the manager; the manager is null when the order waits in a node's pool. */
    public record Route(long nodeId, String nodePath, Long managerAccount, String managerName) {
    }

    public Route route(long institutionId, AccountId applicant, String districtCode) {
        return referralManager(institutionId, applicant.value())
                .map(m -> new Route(m.nodeId(), m.nodePath(), m.accountId(), m.name()))
                .orElseGet(() -> nodeServing(institutionId, districtCode));
    }

    private Optional<Colleague> referralManager(long institutionId, long applicantAccount) {
        return staff.referralOf(applicantAccount)
                .filter(referral -> referral.institutionId() == institutionId)
                .flatMap(referral -> staff.managersIn(institutionId, "/").stream()
                        .filter(m -> m.accountId() == referral.managerAccountId()).findFirst());
    }

    private Route nodeServing(long institutionId, String districtCode) {
        InstitutionSummary institution = institutions.find(institutionId).orElseThrow();
        NodeSummary node = institutions.nodes(institutionId).stream()
                .filter(n -> districtCode != null && districtCode.equals(n.regionCode()))
                .max(Comparator.comparingInt(NodeSummary::depth))
                .orElseGet(() -> institutions.findNode(institution.headOfficeNodeId()).orElseThrow());
        return new Route(node.id(), node.path(), null, null);
    }
}
