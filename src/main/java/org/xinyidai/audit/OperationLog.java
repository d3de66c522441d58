package org.xinyidai.audit;

/**
 * The operation log as every module writes it: one {@link Operation} per sign-in, failure, lockout, admin
 * action. A record joins the caller's transaction, so a write that rolls back leaves no entry claiming it
 * happened; failures are recorded by callers outside their failed transaction. The log is append-only: there
 * is no way to change or remove an entry.
 */
public interface OperationLog {

    void record(Operation operation);
}
