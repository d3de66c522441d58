package org.xinyidai.shared;

/**
 * The one not-found: the record does not exist, or it exists outside the caller's scope, which must read the
 * same (DESIGN §2). Pages answer the site's 404 page, the API a 404 problem. It carries no detail on purpose:
 * a message saying "exists but not yours" would tell the difference.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found", null, false, false);
    }
}
