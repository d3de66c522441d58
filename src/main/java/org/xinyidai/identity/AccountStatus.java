package org.xinyidai.identity;

/** Whether an account may sign in. */
public enum AccountStatus {
    /** Signs in normally. */
    ACTIVE,
    /** Created by an institution admin and waiting for approval (审核); cannot sign in yet. */
    PENDING,
    /** Switched off by an admin; its sessions end at their next request. */
    DISABLED,
    /**
     * Deleted by the person's institution: never signs in again and is never re-enabled; the phone number is
     * free for a new account. The row stays for the orders, handovers and audit entries that name it.
     */
    REMOVED;

    public String labelKey() {
        return "account.status." + name();
    }
}
