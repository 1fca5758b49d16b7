/** Integration tests of the ways documents come in besides uploads: watched folders. */
package io.docuelevate.it.ingest;
