package io.docuelevate.domain.delivery;

import java.time.Instant;

/** A file in a remote store's folder, as listed: its name, its size in bytes and its last change (or null). */
public record RemoteEntry(String name, long size, Instant modified) {}
