package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reference's S3 destination ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_REGION},
 * {@code S3_BUCKET_NAME}, {@code S3_FOLDER_PREFIX}, {@code S3_STORAGE_CLASS}, {@code S3_ACL}, {@code S3_ENABLED})
 * and ours, {@code S3_ENDPOINT_URL}, for S3-compatible servers (MinIO, Ceph, …).
 */
@ApplicationScoped
public class S3Settings {

    @Inject
    @ConfigProperty(name = "AWS_ACCESS_KEY_ID")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "AWS_SECRET_ACCESS_KEY")
    Optional<String> secretAccessKey;

    @Inject
    @ConfigProperty(name = "AWS_REGION")
    String region;

    @Inject
    @ConfigProperty(name = "S3_BUCKET_NAME")
    Optional<String> bucketName;

    @Inject
    @ConfigProperty(name = "S3_FOLDER_PREFIX")
    Optional<String> folderPrefix;

    @Inject
    @ConfigProperty(name = "S3_STORAGE_CLASS")
    String storageClass;

    @Inject
    @ConfigProperty(name = "S3_ACL")
    String acl;

    @Inject
    @ConfigProperty(name = "S3_ENDPOINT_URL")
    Optional<String> endpointUrl;

    @Inject
    @ConfigProperty(name = "S3_ENABLED")
    boolean enabled;

    /**
     * The settings by variable name when the destination is enabled and has a bucket and both keys; empty
     * otherwise.
     */
    public Optional<Map<String, String>> values() {
        if (!enabled || blank(bucketName) || blank(accessKeyId) || blank(secretAccessKey)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        values.put("AWS_ACCESS_KEY_ID", accessKeyId.get());
        values.put("AWS_SECRET_ACCESS_KEY", secretAccessKey.get());
        values.put("AWS_REGION", region);
        values.put("S3_BUCKET_NAME", bucketName.get());
        values.put("S3_FOLDER_PREFIX", folderPrefix.orElse(""));
        values.put("S3_STORAGE_CLASS", storageClass);
        values.put("S3_ACL", acl);
        values.put("S3_ENDPOINT_URL", endpointUrl.orElse(""));
        return Optional.of(values);
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
