package org.xinyidai.identity;

/** Whether an account may sign in. */
public enum AccountStatus {
    /** Signs in normally. */
    ACTIVE,
    /** Created by an institution admin and waiting for approval (审核); cannot sign in yet. */
    PENDING,
    /** Switched off by an admin; its sessions end at their next request. */
    DISABLED;

    public String labelKey() {
        return "account.status." + name();
    }
}
