package io.docuelevate.domain.intake;

/** A URL that could not be fetched, with the reason class the API answers by (400, 4xx/502, 502, 408). */
public class RemoteFetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the fetch failed. */
    public enum Reason {
        /** Not an allowed URL or target (scheme, host, address class, too many redirects): 400. */
        REFUSED,
        /** The remote server answered an error status: the same status for 4xx, 502 for 5xx. */
        UPSTREAM_STATUS,
        /** No connection or the connection broke: 502. */
        UNREACHABLE,
        /** Connecting or the whole download took longer than allowed: 408. */
        TIMEOUT
    }

    private final Reason reason;
    private final int upstreamStatus;

    public RemoteFetchException(Reason reason, String detail) {
        this(reason, 0, detail);
    }

    public RemoteFetchException(Reason reason, int upstreamStatus, String detail) {
        super(detail);
        this.reason = reason;
        this.upstreamStatus = upstreamStatus;
    }

    public Reason reason() {
        return reason;
    }

    /** The remote server's status for {@link Reason#UPSTREAM_STATUS}, else 0. */
    public int upstreamStatus() {
        return upstreamStatus;
    }
}
