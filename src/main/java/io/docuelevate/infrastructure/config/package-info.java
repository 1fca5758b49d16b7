/**
 * Typed MicroProfile Config beans, one per area, each configuration key bound in exactly one of them;
 * the {@code .env} and value-cleaning config sources.
 */
package io.docuelevate.infrastructure.config;
