package org.xinyidai.institution;

import java.util.List;
import java.util.Optional;

/** Institutions and their branch nodes, for other modules (read) and the demo data (create). */
public interface Institutions {

    List<InstitutionSummary> all();

    Optional<InstitutionSummary> find(long institutionId);

    /** Every institution's name by id, for lists that show many (cached: a name does not change once created). */
    Names names();

    /** Institution names by id; immutable and serialisable, as the cache keeps it. */
    record Names(java.util.Map<Long, String> byId) implements java.io.Serializable {

        public Names {
            byId = java.util.Map.copyOf(byId);
        }

        /** The name, or an empty string for an unknown id. */
        public String of(long institutionId) {
            return byId.getOrDefault(institutionId, "");
        }
    }

    Optional<NodeSummary> findNode(long nodeId);

    /** Every node of an institution, ordered so that a parent comes before its children. */
    List<NodeSummary> nodes(long institutionId);

    Optional<InstitutionSummary> findByName(String name);

    /** The public profile the directory shows; empty for an unknown institution. */
    Optional<PublicProfile> profile(long institutionId);

    /**
     * @param districtsServed region codes
     */
    record PublicProfile(long id, String name, String shortName, InstitutionType type, String introduction,
                         boolean hasLogo, String contactPhone, String contactAddress, List<String> districtsServed) {
    }

    /** Institutions with a branch in one of these regions, or serving one of them, by name. */
    List<InstitutionSummary> serving(java.util.Collection<String> regionCodes);

    /** Creates an institution with its head-office node; answers the new institution. */
    InstitutionSummary create(String name, String shortName, InstitutionType type, String headOfficeName);

    /** Creates an institution with its public profile and its head-office node (onboarding approval). */
    InstitutionSummary create(NewInstitution institution);

    /** Adds a node under a parent node; answers the new node's id. */
    long addNode(long parentNodeId, String name, NodeType type, String regionCode, String address);

    /**
     * An institution as its onboarding application describes it.
     *
     * @param logo            PNG or JPEG bytes, already checked by content, or {@code null}
     * @param logoContentType {@code image/png} or {@code image/jpeg}
     */
    record NewInstitution(String name, String shortName, InstitutionType type, String introduction, byte[] logo,
                          String logoContentType, String headName, String headPosition, String headMobile) {
    }

    record InstitutionSummary(long id, String name, String shortName, InstitutionType type, long headOfficeNodeId) {
    }

    /**
     * @param depth 0 for the head office, 1 for its children, ...
     * @param path  the ids from the root down, {@code /1/4/9/}: a subtree is every path starting with its top's
     */
    record NodeSummary(long id, long institutionId, Long parentId, String name, NodeType type, String regionCode,
                       int depth, String path) {
    }
}
