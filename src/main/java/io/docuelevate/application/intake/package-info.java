/**
 * Documents taken in from elsewhere than the browser: fetched from a URL ({@link
 * io.docuelevate.application.intake.UrlIngest}) and posted by other systems with an idempotency key ({@link
 * io.docuelevate.application.intake.MachineIntake}). Both end in the same staging, type rules and duplicate check as
 * an upload ({@link io.docuelevate.application.ingest.IngestService}), so no way in is more lenient than another.
 */
package io.docuelevate.application.intake;
