package io.docuelevate.domain.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One integration of a user (table {@code user_integrations}): a direction ({@code SOURCE} or
 * {@code DESTINATION}), a type ({@code WATCH_FOLDER}, …), a name, its non-secret {@code config} as a JSON object
 * text, and its state. {@code ownerId} is {@code ""} in single-user mode. {@code credentials} holds the secrets
 * (password, token, key) as one JSON object encrypted by the secret cipher; it is never answered.
 */
@Entity
@Table(name = "user_integrations")
public class UserIntegration {

    public static final String SOURCE = "SOURCE";
    public static final String DESTINATION = "DESTINATION";
    public static final String WATCH_FOLDER = "WATCH_FOLDER";
    public static final int MAX_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "direction", nullable = false)
    private String direction;

    @Column(name = "integration_type", nullable = false)
    private String integrationType;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "config", nullable = false)
    private String config;

    @Column(name = "credentials")
    private String credentials;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected UserIntegration() {}

    public UserIntegration(
            String ownerId, String direction, String integrationType, String name, String config, boolean active) {
        this.ownerId = ownerId;
        this.direction = direction;
        this.integrationType = integrationType;
        this.name = name;
        this.config = config;
        this.active = active;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getDirection() {
        return direction;
    }

    public String getIntegrationType() {
        return integrationType;
    }

    public String getName() {
        return name;
    }

    /** The encrypted secrets, or null when the integration has none. */
    public String getCredentials() {
        return credentials;
    }

    /** Replaces the encrypted secrets. */
    public void changeCredentials(String encrypted) {
        this.credentials = encrypted;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String getConfig() {
        return config;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Applies a change; {@code null} keeps a field as it is. A changed config clears the last error. */
    public void change(String newName, String newConfig, Boolean newActive) {
        if (newName != null) {
            name = newName;
        }
        if (newConfig != null && !newConfig.equals(config)) {
            config = newConfig;
            lastError = null;
        }
        if (newActive != null) {
            active = newActive;
        }
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
