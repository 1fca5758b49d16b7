/**
 * Delivery of processed documents to the places people keep them, and remote folders read as sources: the port
 * {@link io.docuelevate.domain.delivery.RemoteStore} with one adapter per protocol or vendor, found through
 * {@link io.docuelevate.domain.delivery.RemoteStoreProvider}, and the pure naming rule that keeps a delivery from
 * overwriting a file already there.
 */
package io.docuelevate.domain.delivery;
