package org.xinyidai.institution;

/** People in a part of the branch tree; {@code referred} counts the viewer's own referred enterprises. */
public record StaffCounts(long approved, long pending, long onLeave, long referred) {
}
