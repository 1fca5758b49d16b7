package io.docuelevate.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A user's named search (table {@code saved_searches}): the filters of the search or files page as a JSON
 * object, optionally pinned to the top of the list. {@code userId} is the owner id, {@code ""} in single-user
 * mode (so the per-user unique name also holds there: SQL treats NULLs as distinct).
 */
@Entity
@Table(name = "saved_searches")
public class SavedSearch {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "filters", nullable = false)
    private String filters;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SavedSearch() {}

    public SavedSearch(String userId, String name, String filters, boolean pinned) {
        this.userId = userId;
        this.name = name;
        this.filters = filters;
        this.pinned = pinned;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getFilters() {
        return filters;
    }

    public boolean isPinned() {
        return pinned;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void rename(String newName) {
        this.name = newName;
        touch();
    }

    public void replaceFilters(String newFilters) {
        this.filters = newFilters;
        touch();
    }

    public void pin(boolean value) {
        this.pinned = value;
        touch();
    }

    private void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
