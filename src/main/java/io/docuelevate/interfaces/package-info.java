/**
 * The ways in: REST resources, health endpoints, security filters, start-up hooks. They validate,
 * translate and delegate to the application layer.
 */
package io.docuelevate.interfaces;
