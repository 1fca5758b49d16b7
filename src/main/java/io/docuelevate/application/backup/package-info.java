/**
 * Creating, listing, verifying, restoring and pruning backups, on a schedule and on demand.
 */
package io.docuelevate.application.backup;
