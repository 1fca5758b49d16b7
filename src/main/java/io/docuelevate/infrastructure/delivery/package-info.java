/**
 * Adapters of the {@link io.docuelevate.domain.delivery.RemoteStore} port, one subpackage per protocol or vendor,
 * and what the HTTP-based ones share ({@link io.docuelevate.infrastructure.delivery.DeliveryHttp}).
 */
package io.docuelevate.infrastructure.delivery;
