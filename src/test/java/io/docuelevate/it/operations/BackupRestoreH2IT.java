package io.docuelevate.it.operations;

import io.docuelevate.it.support.LibertyServer;

/** {@link BackupRestoreScenario} on the embedded H2 database (SCRIPT / RUNSCRIPT inside the running server). */
class BackupRestoreH2IT extends BackupRestoreScenario {

    @Override
    LibertyServer newServer(String name) {
        return LibertyServer.war(name).env("BACKUP_ENABLED", "false");
    }

    @Override
    String kind() {
        return "h2";
    }
}
