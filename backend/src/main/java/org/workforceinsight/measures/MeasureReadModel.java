package org.workforceinsight.measures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.workforceinsight.measures.MeasureFactsRepository.Part;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;
import org.workforceinsight.shared.DataVersion;

/**
 * The measures' read model: the whole organisation's {@link WorkforceFacts}, its {@link MeasureConfig} and
 * its targets, loaded once and kept in memory for as long as nothing they come from has changed.
 *
 * <p>Whether anything has changed is the {@code data_version} row (migration V4): every committed
 * transaction that wrote a table the measures read moves it on by one. Each request reads it (one
 * primary-key read) and uses the kept facts when they were loaded at that version, else reloads them
 * first; requests that arrive during a reload wait for that one reload rather than each starting their
 * own. Several instances of the application each keep their own copy and each compares it with the one
 * shared row, so none serves figures older than the last commit it can see.
 *
 * <p>A request is then answered from the kept facts narrowed to its nodes and dates ({@link #view}), which
 * gives the same facts, for every figure, as {@link MeasureFactsRepository#load} would read for it. Two
 * kinds of request load their own facts instead: those in a transaction that has itself written (the kept
 * facts cannot show its uncommitted change, and must never be loaded from it), and those that ask for
 * sickness reasons, which are health data and are not kept.
 *
 * <p>When the kept facts are out of date, {@code workforce.measures.read-model.refresh} decides who waits.
 * {@code background} (the default): the request is answered from facts read for it alone, exactly as
 * before the read model existed, while one background load brings the kept facts up to date, so a write
 * never makes a reader wait for the whole council to load (tens of seconds for 10,000 workers).
 * {@code on-request}: the request waits for the reload (the test profile uses it, so that a test's next
 * request after its write is served from the kept facts it checks, with no load running beside it).
 */
@ApplicationScoped
public class MeasureReadModel {

    private static final Logger LOG = Logger.getLogger(MeasureReadModel.class);

    @Inject
    DataVersion dataVersion;

    @Inject
    MeasureFactsRepository factsRepository;

    @Inject
    MeasureConfigRepository configRepository;

    @Inject
    MeasureTargetRepository targetRepository;

    /** {@code background} or {@code on-request}: see the class comment. */
    @ConfigProperty(name = "workforce.measures.read-model.refresh", defaultValue = "background")
    String refreshMode;

    /** Whether to load the kept facts when the application starts rather than at the first request. */
    @ConfigProperty(name = "workforce.measures.read-model.load-at-start", defaultValue = "true")
    boolean loadAtStart;

    private volatile Snapshot kept;
    private final Object reloading = new Object();
    private final AtomicLong reloads = new AtomicLong();
    /** One load at a time, on a thread of its own (daemon: it must never hold the application open). */
    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "measures-read-model");
        thread.setDaemon(true);
        return thread;
    });
    /** The background load under way, if any (guarded by {@code reloading}). */
    private CompletableFuture<Snapshot> loading;

    void loadAtStart(@Observes StartupEvent event) {
        if (loadAtStart && inBackground()) {
            refreshInBackground();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        loader.shutdownNow();
    }

    private boolean inBackground() {
        return !"on-request".equals(refreshMode);
    }

    /**
     * What was loaded at one data version.
     *
     * @param epoch the {@code data_version} row's identity: a database rebuilt from scratch starts at version 1
     *        again, and must not be taken for the one the facts came from
     */
    record Snapshot(UUID epoch, long version, MeasureEngine engine, WorkforceFacts facts,
            Map<Measure, List<MeasureTargetRepository.StoredTarget>> targets, SeriesIndex.Holder series) {

        boolean current(DataVersion.Seen seen) {
            return epoch.equals(seen.epoch()) && version >= seen.version();
        }
    }

    /**
     * The facts one request computes from: the kept ones when they are current, else freshly read for the
     * request alone.
     */
    public final class Reading {
        private final Snapshot snapshot;
        private final MeasureEngine engine;
        private Map<Measure, List<MeasureTargetRepository.StoredTarget>> targets;

        private Reading(Snapshot snapshot) {
            this.snapshot = snapshot;
            this.engine = snapshot != null ? snapshot.engine() : new MeasureEngine(configRepository.load());
        }

        public MeasureEngine engine() {
            return engine;
        }

        public Map<Measure, List<MeasureTargetRepository.StoredTarget>> targets() {
            if (targets == null) {
                targets = snapshot != null ? snapshot.targets() : targetRepository.all();
            }
            return targets;
        }

        /** The facts {@link MeasureFactsRepository#load} would read for the request. */
        public WorkforceFacts facts(MeasureFactsRepository.Request request) {
            if (snapshot == null || request.sicknessReasons()) {
                return factsRepository.load(request);
            }
            return view(snapshot.facts(), request);
        }

        /** The per-worker arrays fast series are computed from; null when the facts are not kept. */
        SeriesIndex seriesIndex() {
            return snapshot == null ? null : snapshot.series().get(snapshot.facts(), engine.config());
        }

        /** Whether the figures come from the kept facts (for tests). */
        boolean kept() {
            return snapshot != null;
        }
    }

    /** The facts for this request: call inside the request's transaction, before anything it writes. */
    public Reading read() {
        DataVersion.Seen seen = version();
        if (seen.wroteInTransaction()) {
            return new Reading(null);
        }
        Snapshot snapshot = kept;
        if (snapshot != null && snapshot.current(seen)) {
            return new Reading(snapshot);
        }
        if (inBackground()) {
            refreshInBackground();
            return new Reading(null);
        }
        synchronized (reloading) {
            snapshot = kept;
            if (snapshot == null || !snapshot.current(seen)) {
                snapshot = reload();
                kept = snapshot;
            }
        }
        return new Reading(snapshot);
    }

    /**
     * Waits until the kept facts are those of the data version as it is now, loading them if need be (tests
     * and the benchmark, which want the kept facts rather than a request's own).
     */
    public void awaitCurrent() {
        for (int attempt = 0; attempt < 5; attempt++) {
            DataVersion.Seen seen = version();
            Snapshot snapshot = kept;
            if (snapshot != null && snapshot.current(seen)) {
                return;
            }
            refreshInBackground().join();
        }
        throw new IllegalStateException("The data kept changing while the measures read model loaded");
    }

    /** Starts a background load unless one is under way; either way, the load that will finish next. */
    private CompletableFuture<Snapshot> refreshInBackground() {
        synchronized (reloading) {
            if (loading == null || loading.isDone()) {
                loading = CompletableFuture.supplyAsync(this::reloadInItsOwnTransaction, loader)
                        .whenComplete((loaded, failure) -> {
                            if (failure != null) {
                                // the next request tries again; meanwhile requests read their own facts
                                LOG.warn("The measures read model could not be loaded", failure);
                            } else {
                                keep(loaded);
                            }
                        });
            }
            return loading;
        }
    }

    private Snapshot reloadInItsOwnTransaction() {
        // a transaction so that the big reads stream with a cursor rather than arrive whole
        return QuarkusTransaction.requiringNew().timeout(1800).call(this::reload);
    }

    /** Keeps a loaded snapshot unless a newer one is already kept. */
    private void keep(Snapshot loaded) {
        synchronized (reloading) {
            Snapshot current = kept;
            if (current == null || !current.epoch().equals(loaded.epoch()) || current.version() <= loaded.version()) {
                kept = loaded;
            }
        }
    }

    /** Drops the kept facts (the benchmark measures the heap they take; nothing else needs this). */
    public void forget() {
        synchronized (reloading) {
            kept = null;
            if (loading != null && loading.isDone()) {
                // a finished load's future holds its snapshot too
                loading = null;
            }
        }
    }

    /** How many times the facts have been loaded since start (tests check a write causes one). */
    public long reloads() {
        return reloads.get();
    }

    /**
     * Loads everything at the version read first: whatever commits while it loads is either in the facts or
     * not, but moves the version on past the one they are labelled with, so the next request loads again.
     */
    private Snapshot reload() {
        long started = System.nanoTime();
        DataVersion.Seen version = version();
        MeasureEngine engine = new MeasureEngine(configRepository.load());
        WorkforceFacts facts = factsRepository.loadWhole(engine.config().supervisionMinimumMinutes()).keepingChains();
        Map<Measure, List<MeasureTargetRepository.StoredTarget>> targets = targetRepository.all();
        // built here, off the request path: its day tables take a second or two for a large council
        SeriesIndex.Holder series = new SeriesIndex.Holder();
        series.get(facts, engine.config());
        reloads.incrementAndGet();
        LOG.debugf("Measures read model loaded at data version %d: %d workers in %d ms", version.version(),
                facts.workers().size(), (System.nanoTime() - started) / 1_000_000);
        return new Snapshot(version.epoch(), version.version(), engine, facts, targets, series);
    }

    private DataVersion.Seen version() {
        return dataVersion.read();
    }

    /**
     * The whole organisation's facts narrowed to a request as {@link MeasureFactsRepository#load} reads them:
     * the workers with an assignment in the nodes overlapping the window (each with their whole history, as
     * the loader gives it), posts and unallocated counts only when the request reads them. The workers'
     * event lists are not cut to the window: every measure picks its events by date, so events outside the
     * window are never counted (the kept-versus-fresh test checks every measure).
     */
    static WorkforceFacts view(WorkforceFacts whole, MeasureFactsRepository.Request request) {
        Set<UUID> nodes = request.nodeIds();
        WorkforceFacts.Window window = request.window();
        long from = window.from().toEpochDay();
        long to = window.to().toEpochDay();
        List<WorkerHistory> workers = new ArrayList<>();
        boolean everyNode = whole.chains() != null && nodes.containsAll(whole.chains().stintNodes());
        WorkerChains.Kept chains = whole.chains();
        WorkerChains.Kept narrowed = chains == null || chains.inOrderOf(whole.workers()) == null ? null
                : chains.narrowedTo(from, to, nodes, everyNode, workers);
        if (narrowed != null) {
            chains = narrowed;
        } else {
            for (WorkerHistory worker : whole.workers()) {
                for (Stint stint : worker.stints()) {
                    if (stint.start().toEpochDay() <= to && (stint.end() == null || stint.end().toEpochDay() >= from)
                            && (everyNode || nodes.contains(stint.nodeId()))) {
                        workers.add(worker);
                        break;
                    }
                }
            }
        }
        Set<Part> parts = request.parts();
        return new WorkforceFacts(window, workers, parts.contains(Part.POSTS) ? whole.posts() : List.of(),
                parts.contains(Part.UNALLOCATED) ? whole.unallocated() : List.of(), chains);
    }
}
