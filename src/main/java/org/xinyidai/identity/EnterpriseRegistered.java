package org.xinyidai.identity;

/**
 * An enterprise user registered. {@code referralCode} is the code of the customer manager's QR link
 * they came through, or {@code null}.
 */
public record EnterpriseRegistered(long accountId, String siteCode, String referralCode) {
}
