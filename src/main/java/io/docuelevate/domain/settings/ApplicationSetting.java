package io.docuelevate.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A setting stored in the database (table {@code application_settings}), keyed by name. */
@Entity
@Table(name = "application_settings")
public class ApplicationSetting {

    /** Identifies this installation across restarts, replicas and backups; generated once. */
    public static final String INSTALLATION_ID = "installation_id";

    @Id
    @Column(name = "setting_key", length = 128)
    private String key;

    @Column(name = "setting_value")
    private String value;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now(ZoneOffset.UTC);

    protected ApplicationSetting() {}

    public ApplicationSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
