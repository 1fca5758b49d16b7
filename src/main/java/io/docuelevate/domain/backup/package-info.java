/**
 * Backup records (what was backed up, when, verified or not) and their types and states.
 */
package io.docuelevate.domain.backup;
