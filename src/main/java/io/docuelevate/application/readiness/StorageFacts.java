package io.docuelevate.application.readiness;

/** Port: the work directory, where it is mounted, whether it is writable and how much space it has. */
public interface StorageFacts {

    ReadinessSnapshot.Storage storage();
}
