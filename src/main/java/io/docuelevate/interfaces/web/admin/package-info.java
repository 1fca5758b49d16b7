/**
 * The administrators' pages under {@code /admin/} (admin-only by {@code AccessRules}): users, API tokens, backups,
 * production readiness, audit log and effective configuration. Each bean calls the same application service as the
 * REST resource for the same task and holds no rule of its own beyond reading its form.
 */
package io.docuelevate.interfaces.web.admin;
