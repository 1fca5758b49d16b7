/**
 * Per-user integrations (table {@code user_integrations}, reference §1.6): the sources and destinations a user
 * connects. Only {@code WATCH_FOLDER} sources are served so far.
 */
package io.docuelevate.domain.integration;
