package io.docuelevate.application.watch;

import io.docuelevate.application.ingest.IngestResult;
import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.domain.watch.WatchedFileLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The database side of taking a watched file, one transaction: the claim is confirmed and locked, the document
 * recorded (with its steps and work item) and the ledger row marked ingested, so a file is never both ingested
 * and still claimable, whatever crashes when.
 */
@ApplicationScoped
public class WatchedFileIngest {

    @Inject
    WatchedFileLedger ledger;

    @Inject
    IngestService ingest;

    /** The ingest result, or empty when the claim was lost (another replica took the file over). */
    @Transactional
    public Optional<IngestResult> ingest(
            WatchedFileLedger.Claim claim, IngestService.StagedFile staged, String filename, String ownerId) {
        if (!ledger.hold(claim)) {
            ingest.discard(staged);
            return Optional.empty();
        }
        IngestResult result = ingest.ingest(staged, filename, ownerId);
        ledger.ingested(claim, result.fileId(), result.duplicate() ? "duplicate of file " + result.fileId() : null);
        return Optional.of(result);
    }
}
