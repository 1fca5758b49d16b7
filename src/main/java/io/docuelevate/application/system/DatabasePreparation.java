package io.docuelevate.application.system;

/** Port: brings the database to the schema this release needs, or throws {@link StartupFailure} saying why not. */
public interface DatabasePreparation {

    void prepare();
}
