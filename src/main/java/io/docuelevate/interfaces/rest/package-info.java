/**
 * JAX-RS resources in the reference's paths, with their parameter parsing and exception mappers.
 */
package io.docuelevate.interfaces.rest;
