/**
 * Watched folders: what a folder is, when a file in it is complete (the stability window), and the ledger port
 * that makes each version of a file be ingested once across restarts and replicas.
 */
package io.docuelevate.domain.watch;
