package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.watch.Integrations;
import jakarta.json.JsonObject;

/**
 * One integration as the reference answers it: {@code {id, direction, integration_type, name, config, is_active,
 * last_used_at, last_error, created_at, updated_at}} and {@code has_credentials}; credentials are never answered.
 */
public record IntegrationDto(
        long id,
        String direction,
        String integrationType,
        String name,
        JsonObject config,
        boolean hasCredentials,
        boolean isActive,
        String lastUsedAt,
        String lastError,
        String createdAt,
        String updatedAt) {

    public static IntegrationDto from(Integrations.View view) {
        return new IntegrationDto(
                view.id(),
                view.direction(),
                view.integrationType(),
                view.name(),
                view.config(),
                view.hasCredentials(),
                view.active(),
                Timestamps.iso(view.lastUsedAt()),
                view.lastError(),
                Timestamps.iso(view.createdAt()),
                Timestamps.iso(view.updatedAt()));
    }
}
