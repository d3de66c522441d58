package org.xinyidai.identity.account;

public enum AccountStatus {
    ACTIVE, DISABLED
}
