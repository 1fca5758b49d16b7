/**
 * The documents page ({@code /documents}): the viewer's documents as a sortable, filterable, paginated table
 * whose whole state lives in the URL, with bulk actions done by the page script through the REST API.
 */
package io.docuelevate.interfaces.web.documents;
