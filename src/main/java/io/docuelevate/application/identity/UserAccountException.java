package io.docuelevate.application.identity;

/**
 * A change to a local account refused, with a reason the pages turn into their own words; the REST API answers
 * the HTTP status and the English message like every {@link IdentityException}.
 */
public class UserAccountException extends IdentityException {
    private static final long serialVersionUID = 1L;

    /** Why the change was refused. */
    public enum Reason {
        NOT_FOUND(404),
        INVALID_NAME(422),
        RESERVED_NAME(409),
        NAME_TAKEN(409),
        WEAK_PASSWORD(422),
        NOTHING_TO_CHANGE(422),
        OWN_ACCOUNT(409),
        LAST_ADMIN(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;

    public UserAccountException(Reason reason, String message) {
        super(reason.status, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
