/**
 * The document detail page ({@code /document?id=N}) and the duplicates page ({@code /duplicates}): what one
 * document looks like, its metadata form, its processing timeline, its downloads and deletion, and the groups
 * of identical uploads. The beans call the same application services as {@code /api/files} and
 * {@code /api/duplicates} and show another user's document exactly like a missing one (404).
 */
package io.docuelevate.interfaces.web.detail;
