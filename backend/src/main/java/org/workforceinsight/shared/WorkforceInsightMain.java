package org.workforceinsight.shared;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Workforce Insight. When no JDBC URL is configured (the README's run command), an
 * embedded PostgreSQL 17 with a persistent data directory is started first and the datasource
 * is pointed at it; otherwise the configured database is used as it is.
 */
@QuarkusMain
public final class WorkforceInsightMain {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
