package io.docuelevate.domain.intake;

import java.io.InputStream;
import java.util.Optional;

/** A fetched document being read: its body, its declared length ({@code -1} when unknown) and a name for it. */
public interface RemoteDocument extends AutoCloseable {

    InputStream body();

    long declaredLength();

    /** The name from {@code Content-Disposition}, else the last path segment of the final URL. */
    Optional<String> suggestedFilename();

    @Override
    void close();
}
