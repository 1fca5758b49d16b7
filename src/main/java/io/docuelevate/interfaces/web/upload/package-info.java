/** The upload drop zone shared by the start page and the upload page: what may be uploaded, and how large. */
package io.docuelevate.interfaces.web.upload;
