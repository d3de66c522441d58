package org.xinyidai.financing.demand;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such demand — or one outside the person's scope, answered the same way (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DemandNotFound extends RuntimeException {
}
