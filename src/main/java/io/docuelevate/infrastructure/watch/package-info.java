/**
 * Watched folders on the database and the worker replicas: the ledger of taken files on {@code watched_files}
 * (claims like {@code work_items}), the scheduled poll on worker roles, and the health check.
 */
package io.docuelevate.infrastructure.watch;
