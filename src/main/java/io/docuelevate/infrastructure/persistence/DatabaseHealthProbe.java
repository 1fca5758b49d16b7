package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.infrastructure.config.CoreSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The database answers a query within a few seconds, and at which schema version it is. */
@ApplicationScoped
public class DatabaseHealthProbe implements HealthProbe {

    static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Inject
    CoreSettings settings;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean critical() {
        return true;
    }

    @Override
    public ComponentHealth probe() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(VALIDATION_TIMEOUT_SECONDS);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("kind", settings.database().kind().label());
            try (ResultSet rows =
                    statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                            + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                facts.put("schema_version", rows.next() ? rows.getString(1) : null);
            }
            facts.put("latency_ms", (System.nanoTime() - started) / 1_000_000);
            return ComponentHealth.ok(facts);
        } catch (SQLException | RuntimeException e) {
            return ComponentHealth.error(DatabaseErrors.describe(e));
        }
    }
}
