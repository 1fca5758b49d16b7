package io.docuelevate.infrastructure.backup;

import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.config.OperationsSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** The {@link DatabaseDump} of the configured database. */
@ApplicationScoped
public class DatabaseDumps {

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Inject
    CoreSettings core;

    @Inject
    OperationsSettings settings;

    public DatabaseDump current() {
        DatabaseUrl database = core.database();
        return database.kind() == DatabaseUrl.Kind.H2
                ? new H2Dump(dataSource)
                : new PostgresDump(dataSource, database, settings.pgBinDir());
    }
}
