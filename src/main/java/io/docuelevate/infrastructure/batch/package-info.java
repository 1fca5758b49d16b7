/**
 * The Jakarta Batch job {@code document-pipeline}: one batchlet per step, started for each claimed
 * work item.
 */
package io.docuelevate.infrastructure.batch;
