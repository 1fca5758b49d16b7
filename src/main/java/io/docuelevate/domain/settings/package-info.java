/**
 * Application settings stored in the database.
 */
package io.docuelevate.domain.settings;
