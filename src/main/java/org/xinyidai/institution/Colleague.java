package org.xinyidai.institution;

/** A customer manager orders can be given to. */
public record Colleague(long accountId, String name, long nodeId, String nodeName, String nodePath) {
}
