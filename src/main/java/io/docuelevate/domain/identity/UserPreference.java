package io.docuelevate.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What one user chose in the web interface (table {@code user_preferences}), keyed by the caller id
 * documents are owned by, so local, OpenID Connect and JWT identities keep their choice alike.
 */
@Entity
@Table(name = "user_preferences")
public class UserPreference {

    @Id
    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "ui_language", length = 16)
    private String uiLanguage;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected UserPreference() {}

    public UserPreference(String ownerId) {
        this.ownerId = ownerId;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String ownerId() {
        return ownerId;
    }

    /** The language tag chosen (for example {@code de}), or null to follow the browser. */
    public String uiLanguage() {
        return uiLanguage;
    }

    public void chooseLanguage(String languageTag) {
        this.uiLanguage = languageTag;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
