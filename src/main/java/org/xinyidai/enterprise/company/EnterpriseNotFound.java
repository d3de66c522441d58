package org.xinyidai.enterprise.company;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An enterprise outside the caller's scope, answered exactly as one that does not exist (404). */
public class EnterpriseNotFound extends ResponseStatusException {

    public EnterpriseNotFound() {
        super(HttpStatus.NOT_FOUND);
    }
}
