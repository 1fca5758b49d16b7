/**
 * Per-document log context so that pipeline log lines name their document and step.
 */
package io.docuelevate.infrastructure.logging;
