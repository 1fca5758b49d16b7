package io.docuelevate.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** One append-only audit record (table {@code audit_logs}): logins, token changes, admin actions. */
@Entity
@Table(name = "audit_logs")
public class AuditEvent {

    /** How serious an event is, as the reference grades them. */
    public enum Severity {
        INFO,
        WARNING,
        ERROR,
        CRITICAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "username", length = 255)
    private String username;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "resource_type", length = 100)
    private String resourceType;

    @Column(name = "resource_id", length = 255)
    private String resourceId;

    @Column(name = "ip_address", length = 64)
    private String ipAddress;

    @Column(name = "details")
    private String details;

    @Column(name = "severity", nullable = false, length = 16)
    private String severity;

    protected AuditEvent() {}

    public AuditEvent(
            String username,
            String action,
            String resourceType,
            String resourceId,
            String ipAddress,
            String details,
            Severity severity) {
        this.username = username;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.ipAddress = ipAddress;
        this.details = details;
        this.severity = severity.name().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getResourceType() {
        return resourceType;
    }

    public String getResourceId() {
        return resourceId;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getDetails() {
        return details;
    }

    public String getSeverity() {
        return severity;
    }
}
