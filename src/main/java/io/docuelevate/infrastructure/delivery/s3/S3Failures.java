package io.docuelevate.infrastructure.delivery.s3;

import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import java.io.InterruptedIOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns the SDK's exceptions into {@link RemoteStoreException}s: S3's error code and message for answers
 * (transient for 408, 429 and 5xx, as for every HTTP destination), "timed out" or the connection's failure for
 * requests without an answer (transient), and the host guard's refusal as it said it. S3's messages name no
 * secret; the SDK's request IDs are left out.
 */
final class S3Failures {

    private static final Set<String> REJECTED_KEYS = Set.of(
            "SignatureDoesNotMatch", "InvalidAccessKeyId", "InvalidClientTokenId", "AuthorizationHeaderMalformed");

    private S3Failures() {}

    /** Whether the server said it does not implement what was asked (here: conditional writes). */
    static boolean notImplemented(S3Exception e) {
        AwsErrorDetails details = e.awsErrorDetails();
        return e.statusCode() == 501 || (details != null && "NotImplemented".equals(details.errorCode()));
    }

    static RemoteStoreException translate(String store, String action, SdkException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RemoteStoreException refused) {
                return new RemoteStoreException(store + ": " + refused.getMessage(), refused.isTransient(), e);
            }
        }
        if (e instanceof S3Exception answer) {
            return answered(store, action, answer);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException || timedOut(e)) {
            return new RemoteStoreException(store + ": " + action + " failed: timed out", true, e);
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new RemoteStoreException(store + ": " + action + " failed: " + cause, true, e);
    }

    private static RemoteStoreException answered(String store, String action, S3Exception e) {
        int status = e.statusCode();
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details == null || details.errorCode() == null ? "" : details.errorCode();
        String message = details == null || details.errorMessage() == null ? "" : details.errorMessage();
        if (REJECTED_KEYS.contains(code) || (status == 403 && code.isEmpty())) {
            return new RemoteStoreException(
                    store + ": the access key or secret key was rejected (" + (code.isEmpty() ? "HTTP 403" : code)
                            + ")",
                    false,
                    e);
        }
        if (status == 404 && code.equals("NoSuchBucket") || status == 404 && action.equals("HeadBucket")) {
            return new RemoteStoreException(store + ": the bucket does not exist", false, e);
        }
        String text = store + ": " + action + " answered HTTP " + status + (code.isEmpty() ? "" : " " + code)
                + (message.isEmpty() ? "" : ": " + message);
        return new RemoteStoreException(text, DeliveryHttp.transientStatus(status), e);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
