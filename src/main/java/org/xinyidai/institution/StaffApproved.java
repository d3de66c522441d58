package org.xinyidai.institution;

/**
 * A pending customer manager was approved (审核) and may sign in from now on; messaging texts them.
 *
 * @param phone the manager's mobile number (11 digits)
 */
public record StaffApproved(long institutionId, long accountId, String phone) {
}
