package io.docuelevate.interfaces.web.detail;

import io.docuelevate.domain.delivery.DocumentDelivery;

/**
 * One destination of a document as the detail page shows it: where, its state in words, the name the file got
 * there, when it was delivered, after how many attempts, the last error, and whether it can be retried.
 */
public record DeliveryRow(
        String destination,
        String stepName,
        String status,
        String statusLabel,
        String remoteName,
        String deliveredIso,
        String delivered,
        int attempts,
        String error,
        boolean retryable) {

    static DeliveryRow of(DocumentDelivery delivery, DetailFormat format) {
        String status = delivery.getStatus();
        return new DeliveryRow(
                delivery.getDestinationKey(),
                delivery.getStepName(),
                status,
                format.text("step.status." + status, status),
                delivery.getRemoteName() == null ? "" : delivery.getRemoteName(),
                delivery.getDeliveredAt() == null
                        ? ""
                        : delivery.getDeliveredAt().toString(),
                format.dateTime(delivery.getDeliveredAt()),
                delivery.getAttempts(),
                delivery.getLastError() == null ? "" : delivery.getLastError(),
                DocumentDelivery.FAILURE.equals(status));
    }
}
