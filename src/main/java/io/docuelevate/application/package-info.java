/**
 * Use cases: what the REST resources and the pages ask for, as services that own the transaction
 * boundaries. Depends on the domain and its own ports only.
 */
package io.docuelevate.application;
