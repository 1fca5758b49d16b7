package io.docuelevate.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A local account (table {@code users}); the password is stored only as a hash. */
@Entity
@Table(name = "users")
public class LocalUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "email", unique = true, length = 320)
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "hashed_password")
    private String hashedPassword;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = createdAt;

    protected LocalUser() {}

    public LocalUser(String username, String email, String hashedPassword, boolean admin) {
        this.username = username;
        this.email = email;
        this.hashedPassword = hashedPassword;
        this.admin = admin;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHashedPassword() {
        return hashedPassword;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isAdmin() {
        return admin;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Allows or stops sign-ins; the account and its documents stay. */
    public void setActive(boolean active) {
        this.active = active;
        touched();
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
        touched();
    }

    /** Replaces the password hash (never a plain password). */
    public void changePassword(String hashedPassword) {
        this.hashedPassword = hashedPassword;
        touched();
    }

    private void touched() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
