/**
 * Watched folders and the user integrations that name them: scanning folders on the worker replicas, taking each
 * complete file of an accepted type once through {@code IngestService}, and the rules that keep a user's folder
 * inside the roots an administrator allows.
 */
package io.docuelevate.application.watch;
