/**
 * Adapters: one package per capability and vendor, each implementing ports of the domain or
 * application layer.
 */
package io.docuelevate.infrastructure;
