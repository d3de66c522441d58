package org.xinyidai.enterprise;

/** Published when an enterprise's authentication is decided (advisor review or face verification). */
public record EnterpriseAuthenticationDecided(long enterpriseId, String enterpriseName, long accountId,
                                              boolean approved, String reason) {
}
