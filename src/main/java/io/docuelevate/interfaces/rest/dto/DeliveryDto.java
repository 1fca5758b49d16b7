package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.domain.delivery.DocumentDelivery;
import java.time.OffsetDateTime;

/**
 * One delivery of a document: the destination ({@code sftp}, {@code integration:12}), its step
 * ({@code upload_to_sftp}), state ({@code pending}, {@code in_progress}, {@code success}, {@code failure}), the name
 * the file got there, attempts, the last error and when it was delivered.
 */
public record DeliveryDto(
        String destination,
        String stepName,
        String status,
        String remoteName,
        int attempts,
        String lastError,
        OffsetDateTime deliveredAt,
        OffsetDateTime updatedAt) {

    public static DeliveryDto from(DocumentDelivery delivery) {
        return new DeliveryDto(
                delivery.getDestinationKey(),
                delivery.getStepName(),
                delivery.getStatus(),
                delivery.getRemoteName(),
                delivery.getAttempts(),
                delivery.getLastError(),
                delivery.getDeliveredAt(),
                delivery.getUpdatedAt());
    }
}
