package org.xinyidai.institution.tree;

import org.xinyidai.institution.NodeType;

/** One node of a branch tree, as the branch pages show it. */
public record Node(long id, long institutionId, Long parentId, String path, String name, NodeType type,
                   String regionCode, String address, String contactName, String contactPhone, int staffCount,
                   int childCount) {

    /** 0 for the head office, 1 for its children, ... */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public boolean hasAttachments() {
        return staffCount > 0 || childCount > 0;
    }
}
