package org.workforceinsight.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL 17 (zonky binaries) used by the run command and by the tests.
 *
 * <p>It runs before Quarkus starts, so it reads its own settings from system properties and
 * environment variables rather than from the Quarkus configuration.
 */
public final class EmbeddedDatabase {

    static final String DATABASE = "workforce_insight";
    static final String SUPERUSER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    /**
     * Starts the persistent embedded database and points the datasource at it, unless a JDBC URL
     * is configured (QUARKUS_DATASOURCE_JDBC_URL or -Dquarkus.datasource.jdbc.url).
     */
    public static Optional<EmbeddedPostgres> startUnlessConfigured() {
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent()) {
            LOG.info("Using the configured database (QUARKUS_DATASOURCE_JDBC_URL); no embedded PostgreSQL started");
            return Optional.empty();
        }
        Path dataDirectory = Path.of(setting("workforce.embedded-db.dir", "WORKFORCE_EMBEDDED_DB_DIR")
                .orElse(".data/postgres")).toAbsolutePath().normalize();
        int port = Integer.parseInt(setting("workforce.embedded-db.port", "WORKFORCE_EMBEDDED_DB_PORT").orElse("5433"));
        boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = startPersistent(dataDirectory, port);
        createDatabaseIfMissing(postgres, DATABASE);
        System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl(SUPERUSER, DATABASE));
        System.setProperty("quarkus.datasource.username", SUPERUSER);
        LOG.infof("Embedded PostgreSQL 17 on port %d, data in %s (%s)", port, dataDirectory,
                existing ? "existing data kept" : "new data directory");
        return Optional.of(postgres);
    }

    /** A PostgreSQL whose data directory is kept between runs; it stops when the JVM exits. */
    public static EmbeddedPostgres startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setLocaleConfig("locale", "C")
                    .setRegisterShutdownHook(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " on port " + port, e);
        }
    }

    /** A throw-away PostgreSQL on a free port, deleted when closed (for tests). */
    public static EmbeddedPostgres startThrowAway() {
        try {
            return EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throw-away embedded PostgreSQL", e);
        }
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    public static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name is a constant of this class, never user input
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    private static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
