/**
 * Request bodies of the REST API as records: bound with JSON-B after a field-type check
 * ({@link io.docuelevate.interfaces.rest.request.JsonRequestReader}) and validated with Bean Validation; a
 * violation is answered 422 {@code {"detail": ...}} naming the field
 * ({@link io.docuelevate.interfaces.rest.ValidationErrors}).
 */
package io.docuelevate.interfaces.rest.request;
