/**
 * Audit: the operation log — who, in which role, when (with offset), did what to which record, from
 * which IP, with what result. Rows are only inserted, never changed or removed by the application;
 * admins read them in a filterable page. Callers never pass secrets or codes in the detail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.xinyidai.audit;
