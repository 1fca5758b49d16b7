/**
 * Servlet-level helpers of the web tier.
 */
package io.docuelevate.interfaces.web;
