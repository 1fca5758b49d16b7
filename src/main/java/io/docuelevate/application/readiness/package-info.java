/**
 * The production-readiness report: the checklist evaluated against the running configuration.
 */
package io.docuelevate.application.readiness;
