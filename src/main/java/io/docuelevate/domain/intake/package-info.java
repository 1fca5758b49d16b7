/**
 * Documents that arrive other than by a browser upload: fetched from a URL or posted by another system (machine
 * intake). Holds the pure rule that decides which network addresses a server-side fetch may reach
 * ({@link io.docuelevate.domain.intake.TargetAddresses}, the SSRF guard's classifier), the port that fetches a
 * remote document, and the machine-intake ledger with its repository port.
 */
package io.docuelevate.domain.intake;
