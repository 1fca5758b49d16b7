/**
 * Admin-only resources: backups and the readiness report.
 */
package io.docuelevate.interfaces.rest.admin;
