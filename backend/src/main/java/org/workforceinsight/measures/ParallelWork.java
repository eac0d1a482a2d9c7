package org.workforceinsight.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the independent parts of one request's computation on the machine's cores at once. The measures are
 * computed in memory, so a request for a large council is bound by one core while the others idle; splitting
 * the workers (or the families of measures) into parts and adding up the parts' totals gives the same figures
 * sooner.
 *
 * <p>The calling thread always works too: it offers every part but the first to the helper threads, runs the
 * first, then runs any part no helper has started yet, and only then waits for the parts a helper is running.
 * So a request never waits behind other requests' queued parts: under load it simply does its own parts
 * itself, as it would without this class.
 */
final class ParallelWork {

    /**
     * Parts to split a request into: the system property {@code workforce.measures.parallel-parts}, by default 1
     * (no splitting). On the 2-core machine the benchmark runs on, splitting cost more CPU than it saved in time
     * for every request but the caseload series (docs/benchmarks.md has both runs), so it is there for machines
     * with real cores to spare, to be measured before it is turned on.
     */
    static final int PARTS = Math.max(1, Integer.getInteger("workforce.measures.parallel-parts", 1));

    private static final ExecutorService HELPERS = PARTS == 1 ? null : Executors.newFixedThreadPool(PARTS - 1,
            new DaemonThreads());

    private ParallelWork() {
    }

    /** Every task's result, in the tasks' order; a task's exception is rethrown here. */
    static <T> List<T> all(List<Supplier<T>> tasks) {
        List<Part<T>> parts = new ArrayList<>(tasks.size());
        for (Supplier<T> task : tasks) {
            parts.add(new Part<>(task));
        }
        if (HELPERS != null) {
            for (int i = 1; i < parts.size(); i++) {
                HELPERS.execute(parts.get(i)::runUnlessStarted);
            }
        }
        for (Part<T> part : parts) {
            part.runUnlessStarted();
        }
        List<T> results = new ArrayList<>(parts.size());
        for (Part<T> part : parts) {
            results.add(part.result());
        }
        return results;
    }

    private static final class Part<T> {
        private final Supplier<T> task;
        private final AtomicBoolean started = new AtomicBoolean();
        private final CompletableFuture<T> done = new CompletableFuture<>();

        Part(Supplier<T> task) {
            this.task = task;
        }

        void runUnlessStarted() {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            try {
                done.complete(task.get());
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }

        T result() {
            try {
                return done.join();
            } catch (CompletionException wrapped) {
                Throwable cause = wrapped.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw wrapped;
            }
        }
    }

    private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            // daemon: helper threads must never hold the application open
            Thread thread = new Thread(runnable, "measures-parallel-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
