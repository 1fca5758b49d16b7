/**
 * Start-up hooks: configuration checks, work-directory layout, migrations and the search index start.
 */
package io.docuelevate.interfaces.lifecycle;
