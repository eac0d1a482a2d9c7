package org.workforceinsight.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link EmbeddedPostgresResource} for every {@code @QuarkusTest} in this module (a
 * global test resource: one database for the whole test run, as long as the tests share a
 * configuration). This class holds no tests.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class QuarkusTestDatabase {

    private QuarkusTestDatabase() {
    }
}
