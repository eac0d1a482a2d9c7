package org.workforceinsight.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.workforceinsight.shared.EmbeddedDatabase;

/**
 * A throw-away embedded PostgreSQL 17 for {@code @QuarkusTest}s, on a free port, deleted at the
 * end. Declared once, globally, in {@link QuarkusTestDatabase}; other tests need nothing more than
 * {@code @QuarkusTest} to use it. Tests that need particular data set it up themselves with
 * {@link TestData} (and may {@link TestData#reset()} the database first).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedDatabase.startThrowAway();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
