package org.xinyidai.institution;

/** The manager who brought an enterprise user to the platform. */
public record Referral(long managerAccountId, String managerName, String managerPhone, long institutionId,
                       String institutionName, String nodeName) {
}
