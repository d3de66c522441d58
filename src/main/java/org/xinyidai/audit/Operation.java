package org.xinyidai.audit;

/**
 * One entry for the operation log.
 *
 * @param actorId    the account that acted, or {@code null} when nobody could be identified
 * @param actorName  how the actor is shown (a name, or a masked phone number)
 * @param actorRole  the actor's role name, if known
 * @param action     what was done, e.g. {@code LOGIN}, {@code PASSWORD_CHANGE}
 * @param targetType the kind of record acted on, e.g. {@code account}
 * @param targetId   the record's id
 * @param success    the result
 * @param detail     a short, secret-free note (a reason for a failure, say)
 */
public record Operation(Long actorId, String actorName, String actorRole, String action, String targetType,
                        String targetId, boolean success, String detail) {

    public static Operation succeeded(Long actorId, String actorName, String actorRole, String action) {
        return new Operation(actorId, actorName, actorRole, action, null, null, true, null);
    }

    public static Operation failed(Long actorId, String actorName, String actorRole, String action, String detail) {
        return new Operation(actorId, actorName, actorRole, action, null, null, false, detail);
    }

    public Operation on(String type, Object id) {
        return new Operation(actorId, actorName, actorRole, action, type, id == null ? null : id.toString(), success,
                detail);
    }

    public Operation withDetail(String text) {
        return new Operation(actorId, actorName, actorRole, action, targetType, targetId, success, text);
    }
}
