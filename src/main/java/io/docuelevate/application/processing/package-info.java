/**
 * The document pipeline: what each step does, its history, retries and the monitor of stalled steps.
 */
package io.docuelevate.application.processing;
