package io.docuelevate.domain.document;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link StepStatus} as its lower-case reference value. */
@Converter(autoApply = true)
public class StepStatusConverter implements AttributeConverter<StepStatus, String> {
    @Override
    public String convertToDatabaseColumn(StepStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public StepStatus convertToEntityAttribute(String value) {
        return value == null ? null : StepStatus.fromValue(value);
    }
}
