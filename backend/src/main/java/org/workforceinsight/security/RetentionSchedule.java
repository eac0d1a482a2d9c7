package org.workforceinsight.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.workforceinsight.api.model.RetentionRun;

/**
 * Runs the retention job on a fixed interval (a single daemon thread started at start-up; the product's
 * fixed extensions have no scheduler, and one job needs none). Off in tests: they run it through the API.
 */
@ApplicationScoped
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);

    @ConfigProperty(name = "workforce.retention.schedule.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "workforce.retention.schedule.initial-delay", defaultValue = "PT10M")
    Duration initialDelay;

    @ConfigProperty(name = "workforce.retention.schedule.interval", defaultValue = "P1D")
    Duration interval;

    @Inject
    RetentionService retention;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.debug("Retention schedule off (workforce.retention.schedule.enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retention-job");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.infof("Retention job scheduled every %s, first in %s", interval, initialDelay);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void runOnce() {
        try {
            RetentionRun run = retention.run(RetentionService.Trigger.SCHEDULE, AuditActor.system("retention"),
                    LocalDate.now());
            // counts only: never who
            LOG.infof("Retention run %s: %d workers anonymised, %d audit records purged", run.getId(),
                    run.getWorkersAnonymised(), run.getAuditRecordsPurged());
        } catch (RuntimeException e) {
            // the message of a database error can quote row values: log a reference and the type, not the text
            String reference = UUID.randomUUID().toString();
            LOG.errorf("Retention run failed (%s): %s; it will be tried again on the next interval", reference,
                    e.getClass().getName());
        }
    }
}
