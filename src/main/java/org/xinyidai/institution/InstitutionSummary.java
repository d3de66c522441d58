package org.xinyidai.institution;

/** An institution as other modules see it: its names, its type and its head-office node. */
public record InstitutionSummary(long id, String name, String shortName, InstitutionType type, long headOfficeNodeId) {
}
