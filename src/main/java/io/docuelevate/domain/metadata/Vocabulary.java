package io.docuelevate.domain.metadata;

import java.util.Optional;

/** Tolerant lookup of the reference's fixed vocabularies (enum constants spelled as the reference spells them). */
final class Vocabulary {

    private Vocabulary() {}

    static <E extends Enum<E>> Optional<E> match(E[] values, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String folded = Kommunikationsart.fold(value);
        for (E candidate : values) {
            if (Kommunikationsart.fold(candidate.name()).equals(folded)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
