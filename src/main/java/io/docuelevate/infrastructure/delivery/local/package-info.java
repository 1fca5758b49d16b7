/** The local or mounted folder destination ({@code LOCAL_DESTINATION_FOLDER}). */
package io.docuelevate.infrastructure.delivery.local;
