package org.xinyidai.enterprise;

/**
 * Published when an enterprise asks its site's advisor for a review: certificates uploaded, or a claim of an
 * enterprise already on the platform.
 */
public record EnterpriseAuthenticationRequested(long enterpriseId, String enterpriseName, String siteCode) {
}
