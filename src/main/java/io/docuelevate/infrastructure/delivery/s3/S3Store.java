package io.docuelevate.infrastructure.delivery.s3;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A key prefix in an S3 bucket. A put is a HEAD of the key (taken: refused) followed by a conditional write
 * ({@code If-None-Match: *}): Amazon S3 and MinIO refuse a key taken meanwhile (412), so nothing is overwritten even
 * by a concurrent writer. The HEAD is there because some S3-compatible servers (S3Proxy 2.6) ignore the header and
 * overwrite; on those, and on servers answering 501 NotImplemented (then plain puts), a writer between HEAD and
 * PUT can still race. Each operation uses its own client, closed at its end, so a store
 * holds no threads or connections between deliveries.
 */
public final class S3Store implements RemoteStore {

    private static final Logger LOG = Logger.getLogger(S3Store.class.getName());

    private final S3Target target;
    private final HostGuard hosts;
    private final Duration timeout;
    private final String store;
    private volatile boolean conditionalWrites = true;

    /** A store whose every request is bounded by {@code timeout} (connecting and each read) and passes {@code hosts}. */
    public S3Store(S3Target target, HostGuard hosts, Duration timeout) {
        this.target = target;
        this.hosts = hosts;
        this.timeout = timeout;
        this.store = target.label();
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        if (!Files.isReadable(document.file())) {
            throw new RemoteStoreException(
                    store + ": cannot read " + document.file().getFileName(), false);
        }
        String action = "PutObject " + target.key(name);
        try (S3Client s3 = client()) {
            if (exists(s3, target.key(name))) {
                return false;
            }
            if (conditionalWrites) {
                try {
                    s3.putObject(put(name).ifNoneMatch("*").build(), RequestBody.fromFile(document.file()));
                    return true;
                } catch (S3Exception e) {
                    if (e.statusCode() == 412 || e.statusCode() == 409) {
                        return false;
                    }
                    if (!S3Failures.notImplemented(e)) {
                        throw e;
                    }
                    conditionalWrites = false;
                    LOG.warning(store + ": the server does not implement conditional writes (If-None-Match); only"
                            + " the HEAD check before each put protects names, which a concurrent writer can race");
                }
            }
            s3.putObject(put(name).build(), RequestBody.fromFile(document.file()));
            return true;
        } catch (SdkException e) {
            throw S3Failures.translate(store, action, e);
        }
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        try (S3Client s3 = client()) {
            return s3
                    .listObjectsV2Paginator(request -> request.bucket(target.bucket())
                            .prefix(target.prefix())
                            .delimiter("/"))
                    .contents()
                    .stream()
                    .filter(object -> object.key().length() > target.prefix().length())
                    .map(object -> new RemoteEntry(
                            object.key().substring(target.prefix().length()), object.size(), object.lastModified()))
                    .toList();
        } catch (SdkException e) {
            throw S3Failures.translate(store, "ListObjectsV2 " + target.prefix(), e);
        }
    }

    @Override
    public void get(String name, Path file) throws RemoteStoreException {
        String action = "GetObject " + target.key(name);
        try (S3Client s3 = client();
                InputStream body =
                        s3.getObject(request -> request.bucket(target.bucket()).key(target.key(name)))) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new RemoteStoreException(store + ": " + target.key(name) + " not found", false, e);
            }
            throw S3Failures.translate(store, action, e);
        } catch (SdkException e) {
            throw S3Failures.translate(store, action, e);
        } catch (IOException e) {
            throw new RemoteStoreException(store + ": " + action + " failed: " + e.getMessage(), true, e);
        }
    }

    /** DeleteObject; S3 answers success for a key that is not there. */
    @Override
    public void delete(String name) throws RemoteStoreException {
        try (S3Client s3 = client()) {
            s3.deleteObject(request -> request.bucket(target.bucket()).key(target.key(name)));
        } catch (SdkException e) {
            throw S3Failures.translate(store, "DeleteObject " + target.key(name), e);
        }
    }

    /** HeadBucket, then a probe object written and deleted under the prefix. */
    @Override
    public void test() throws RemoteStoreException {
        String probe = target.key(".docuelevate-test-" + UUID.randomUUID() + ".txt");
        String action = "HeadBucket";
        try (S3Client s3 = client()) {
            s3.headBucket(request -> request.bucket(target.bucket()));
            action = "PutObject " + probe;
            s3.putObject(
                    request -> request.bucket(target.bucket()).key(probe),
                    RequestBody.fromString("DocuElevate connection test\n", StandardCharsets.UTF_8));
            action = "DeleteObject " + probe;
            s3.deleteObject(request -> request.bucket(target.bucket()).key(probe));
        } catch (SdkException e) {
            throw S3Failures.translate(store, action, e);
        }
    }

    private PutObjectRequest.Builder put(String name) {
        PutObjectRequest.Builder put = PutObjectRequest.builder()
                .bucket(target.bucket())
                .key(target.key(name))
                .storageClass(target.storageClass())
                .contentType(
                        name.toLowerCase(Locale.ROOT).endsWith(".pdf")
                                ? "application/pdf"
                                : "application/octet-stream");
        return target.acl().isEmpty() ? put : put.acl(ObjectCannedACL.fromValue(target.acl()));
    }

    private boolean exists(S3Client s3, String key) {
        try {
            s3.headObject(request -> request.bucket(target.bucket()).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * A client for one operation: no retries of its own (the delivery step retries with back-off), checksums only
     * where S3 requires them (S3-compatible servers often lack the newer trailing checksums), path-style addressing
     * for a custom endpoint, and the host guard consulted before every request.
     */
    private S3Client client() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(timeout)
                        .socketTimeout(timeout)
                        .build())
                .region(Region.of(target.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(target.accessKeyId(), target.secretAccessKey())))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(new GuardedHosts(hosts)));
        if (target.endpoint() != null) {
            builder.endpointOverride(target.endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }
}
