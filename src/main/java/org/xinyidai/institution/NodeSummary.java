package org.xinyidai.institution;

/**
 * A node of an institution's branch tree, as other modules see it.
 *
 * @param depth 0 for the head office, 1 for its children, ...
 * @param path  the ids from the root down, {@code /1/4/9/}: a subtree is every path starting with its top's
 */
public record NodeSummary(long id, long institutionId, Long parentId, String name, NodeType type, String regionCode,
                          int depth, String path) {
}
