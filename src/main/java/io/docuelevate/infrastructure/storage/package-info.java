/**
 * The work directory and its fixed layout; implements the document-files port.
 */
package io.docuelevate.infrastructure.storage;
