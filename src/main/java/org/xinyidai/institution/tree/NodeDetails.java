package org.xinyidai.institution.tree;

import org.xinyidai.institution.NodeType;

/** What an admin fills in for a node. */
public record NodeDetails(String name, NodeType type, String regionCode, String address, String contactName,
                          String contactPhone) {
}
