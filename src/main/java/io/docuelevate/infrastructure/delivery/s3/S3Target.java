package io.docuelevate.infrastructure.delivery.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * Where an S3 store writes: the bucket, the key prefix (key = prefix + name, as in the reference), the storage
 * class and canned ACL of new objects, the access key, the region and, for S3-compatible servers, their endpoint
 * (then path-style addressing). The secret never appears in {@link #toString()}.
 *
 * @param endpoint null for Amazon S3 itself
 * @param acl empty to send no ACL (buckets that enforce object ownership refuse ACLs)
 */
public record S3Target(
        String accessKeyId,
        String secretAccessKey,
        String region,
        String bucket,
        String prefix,
        String storageClass,
        String acl,
        URI endpoint) {

    /**
     * A target from settings as typed; blank optional values take the reference's defaults.
     *
     * @throws IllegalArgumentException a required setting is missing or a value is malformed; the message names it
     *     by the names in {@code keys} (environment variables or integration keys)
     */
    public static S3Target of(Map<String, String> values, Keys keys) {
        String bucket = value(values, keys.bucket(), "");
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException(keys.bucket() + " is required");
        }
        String accessKeyId = value(values, keys.accessKeyId(), "");
        String secret = value(values, keys.secretAccessKey(), "");
        if (accessKeyId.isEmpty() || secret.isEmpty()) {
            throw new IllegalArgumentException(keys.accessKeyId() + " and " + keys.secretAccessKey() + " are required");
        }
        String storageClass = value(values, keys.storageClass(), "STANDARD").toUpperCase(Locale.ROOT);
        if (StorageClass.fromValue(storageClass) == StorageClass.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException(
                    keys.storageClass() + " '" + storageClass + "' is not an S3 storage class");
        }
        String acl = value(values, keys.acl(), "private").toLowerCase(Locale.ROOT);
        if (!acl.equals("none") && ObjectCannedACL.fromValue(acl) == ObjectCannedACL.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException(
                    keys.acl() + " '" + acl + "' is not a canned ACL (private, public-read, …)");
        }
        return new S3Target(
                accessKeyId,
                secret,
                value(values, keys.region(), "us-east-1"),
                bucket,
                values.getOrDefault(keys.prefix(), "") == null
                        ? ""
                        : values.getOrDefault(keys.prefix(), "").strip(),
                storageClass,
                acl.equals("none") ? "" : acl,
                endpoint(value(values, keys.endpoint(), ""), keys.endpoint()));
    }

    /** The names of the settings in one source: the environment's variables or an integration's keys. */
    public record Keys(
            String accessKeyId,
            String secretAccessKey,
            String region,
            String bucket,
            String prefix,
            String storageClass,
            String acl,
            String endpoint) {

        /** The reference's variables and our {@code S3_ENDPOINT_URL}. */
        public static final Keys ENVIRONMENT = new Keys(
                "AWS_ACCESS_KEY_ID",
                "AWS_SECRET_ACCESS_KEY",
                "AWS_REGION",
                "S3_BUCKET_NAME",
                "S3_FOLDER_PREFIX",
                "S3_STORAGE_CLASS",
                "S3_ACL",
                "S3_ENDPOINT_URL");

        /** An integration's config and credential keys. */
        public static final Keys INTEGRATION = new Keys(
                "access_key_id",
                "secret_access_key",
                "region",
                "bucket_name",
                "folder_prefix",
                "storage_class",
                "acl",
                "endpoint_url");
    }

    private static String value(Map<String, String> values, String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static URI endpoint(String value, String key) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(key + " must be an http:// or https:// URL, got '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " must be an http:// or https:// URL, got '" + value + "'", e);
        }
    }

    /** "S3 bucket scans" or "S3 bucket scans at minio.lan:9000": the store as messages name it. */
    public String label() {
        String at = endpoint == null
                ? ""
                : " at " + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        return "S3 bucket " + bucket + at;
    }

    /** The object key of {@code name}. */
    public String key(String name) {
        return prefix + name;
    }

    @Override
    public String toString() {
        return label() + " prefix '" + prefix + "' key id " + accessKeyId;
    }
}
