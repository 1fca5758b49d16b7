/**
 * The JSON answers and requests of the REST API as records, with the reference's field names.
 */
package io.docuelevate.interfaces.rest.dto;
