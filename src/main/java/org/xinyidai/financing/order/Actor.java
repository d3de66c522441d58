package org.xinyidai.financing.order;

import org.xinyidai.identity.CurrentUser;

/** Who acts on an order, as its timeline names them: a person, or the platform itself (no account). */
public record Actor(Long accountId, String name) {

    /** How the timeline names the platform when nobody acted (pages show a localised label instead). */
    static final Actor SYSTEM = new Actor(null, "system");

    public static Actor of(CurrentUser user) {
        return new Actor(user.accountId(), user.displayName());
    }

    boolean is(Long account) {
        return accountId != null && accountId.equals(account);
    }
}
