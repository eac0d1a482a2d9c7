package org.workforceinsight.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Loads the demo council at start-up (after Flyway has migrated the schema) when
 * {@code workforce.demo-data.enabled} is true and the database has no organisation yet.
 */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class);

    private final DemoDataConfig config;
    private final DemoDataLoader loader;

    @Inject
    public DemoDataStartup(DemoDataConfig config, DemoDataLoader loader) {
        this.config = config;
        this.loader = loader;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.debug("Demo data disabled (workforce.demo-data.enabled=false)");
            return;
        }
        loader.loadIfEmpty(LocalDate.now(), config.seed());
    }
}
