/** The start page: the viewer's recent documents, their status counts and the way to everything else. */
package io.docuelevate.interfaces.web.home;
