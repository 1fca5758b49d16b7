package io.docuelevate.application.intake;

import io.docuelevate.application.ingest.IngestResult;
import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.domain.intake.DocumentIntake;
import io.docuelevate.domain.intake.DocumentIntakeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;

/**
 * Machine intake ({@code POST /api/intake/documents}): another system posts a file with an idempotency key; the
 * first submission per principal and key is ingested like an upload (same staging, type rule and duplicate
 * check) and recorded, a replay answers that record again with {@code duplicate: true} and stores nothing.
 */
@ApplicationScoped
public class MachineIntake {

    static final int MAX_SOURCE_LENGTH = 255;

    @Inject
    IngestService ingest;

    @Inject
    DocumentIntakeRepository intakes;

    /** A submission's record and whether this request was a replay of an earlier one. */
    public record Outcome(DocumentIntake intake, boolean duplicate) {}

    /** What a submission carries besides its file. */
    public record Submission(String idempotencyKey, String source, String metadataJson, String filename) {}

    /**
     * Checks the fields, then ingests {@code staged} for {@code ownerId} under {@code principalId}, or answers the
     * earlier submission with the same key. The staged file is gone afterwards either way.
     *
     * @throws InvalidIntakeException a field is missing or malformed
     * @throws io.docuelevate.application.ingest.UnsupportedDocumentException the file's type is not accepted (415)
     */
    public Outcome submit(String principalId, String ownerId, Submission submission, IngestService.StagedFile staged) {
        try {
            validate(submission);
        } catch (RuntimeException e) {
            ingest.discard(staged);
            throw e;
        }
        Optional<DocumentIntake> earlier = intakes.findByKey(principalId, submission.idempotencyKey());
        if (earlier.isPresent()) {
            ingest.discard(staged);
            return new Outcome(earlier.get(), true);
        }
        IngestResult result = ingest.ingest(staged, submission.filename(), ownerId);
        DocumentIntake intake = new DocumentIntake(
                principalId, submission.idempotencyKey(), submission.source().strip(), submission.metadataJson());
        intake.recordOutcome(
                result.originalFilename(),
                result.storedFilename(),
                result.fileId(),
                result.taskId(),
                result.duplicate() ? "duplicate" : "queued");
        try {
            return new Outcome(intakes.add(intake), false);
        } catch (RuntimeException raced) {
            return intakes.findByKey(principalId, submission.idempotencyKey())
                    .map(stored -> new Outcome(stored, true))
                    .orElseThrow(() -> raced);
        }
    }

    /** The submission of this principal with this id. */
    public Optional<DocumentIntake> find(String principalId, long id) {
        return intakes.find(principalId, id);
    }

    static void validate(Submission submission) {
        String key = submission.idempotencyKey();
        if (key == null || key.isBlank()) {
            throw new InvalidIntakeException("Field 'idempotency_key' is required");
        }
        if (key.length() < DocumentIntake.MIN_KEY_LENGTH || key.length() > DocumentIntake.MAX_KEY_LENGTH) {
            throw new InvalidIntakeException("Field 'idempotency_key' must be " + DocumentIntake.MIN_KEY_LENGTH + " to "
                    + DocumentIntake.MAX_KEY_LENGTH + " characters, got " + key.length());
        }
        if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidIntakeException("Field 'idempotency_key' must not contain control characters");
        }
        String source = submission.source();
        if (source == null || source.isBlank()) {
            throw new InvalidIntakeException("Field 'source' is required");
        }
        if (source.length() > MAX_SOURCE_LENGTH || source.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidIntakeException(
                    "Field 'source' must be at most " + MAX_SOURCE_LENGTH + " printable characters");
        }
        String metadata = submission.metadataJson();
        if (metadata != null && !metadata.isBlank()) {
            try (var reader = Json.createReader(new StringReader(metadata))) {
                JsonObject ignored = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw new InvalidIntakeException("Field 'metadata_json' must be a JSON object");
            }
        }
    }
}
