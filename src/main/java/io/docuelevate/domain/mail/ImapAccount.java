package io.docuelevate.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A user's mailbox (table {@code user_imap_accounts}). {@code password} holds the
 * {@link io.docuelevate.domain.secret.SecretCipher} ciphertext, never the password itself. {@code ownerId} is
 * {@code ""} in single-user mode; its documents then have no owner.
 */
@Entity
@Table(name = "user_imap_accounts")
public class ImapAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "name")
    private String name;

    @Column(name = "host", nullable = false)
    private String host;

    @Column(name = "port", nullable = false)
    private int port;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "password")
    private String encryptedPassword;

    @Column(name = "use_ssl", nullable = false)
    private boolean useSsl;

    @Column(name = "delete_after_process", nullable = false)
    private boolean deleteAfterProcess;

    @Column(name = "profile_id")
    private Long profileId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ImapAccount() {}

    public ImapAccount(String ownerId) {
        this.ownerId = ownerId;
        this.port = 993;
        this.useSsl = true;
        this.active = true;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /** Sets every field a request may change ({@code encryptedPassword} {@code null}: unchanged). */
    public void change(
            String name,
            String host,
            int port,
            String username,
            String encryptedPassword,
            boolean useSsl,
            boolean deleteAfterProcess,
            boolean active) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.username = username;
        if (encryptedPassword != null) {
            this.encryptedPassword = encryptedPassword;
        }
        this.useSsl = useSsl;
        this.deleteAfterProcess = deleteAfterProcess;
        this.active = active;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getUsername() {
        return username;
    }

    public String getEncryptedPassword() {
        return encryptedPassword;
    }

    public boolean hasPassword() {
        return encryptedPassword != null && !encryptedPassword.isEmpty();
    }

    public boolean isUseSsl() {
        return useSsl;
    }

    public boolean isDeleteAfterProcess() {
        return deleteAfterProcess;
    }

    public Long getProfileId() {
        return profileId;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
