package org.workforceinsight.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataStartupTest {

    /** Records the calls instead of writing to a database. */
    static final class RecordingLoader extends DemoDataLoader {
        final List<String> calls = new ArrayList<>();

        RecordingLoader() {
            super(null);
        }

        @Override
        public LoadResult loadIfEmpty(LocalDate endDate, long seed) {
            calls.add(endDate + "/" + seed);
            return new LoadResult(true, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    record Config(boolean enabled, long seed) implements DemoDataConfig {
    }

    @Test
    void doesNothingWhenDisabled() {
        RecordingLoader loader = new RecordingLoader();
        new DemoDataStartup(new Config(false, 1), loader).onStart(null);
        assertTrue(loader.calls.isEmpty());
    }

    @Test
    void loadsTheTwoYearsUpToTodayWithTheConfiguredSeed() {
        RecordingLoader loader = new RecordingLoader();
        LocalDate before = LocalDate.now();
        new DemoDataStartup(new Config(true, 42), loader).onStart(null);
        LocalDate after = LocalDate.now();
        assertEquals(1, loader.calls.size());
        assertTrue(loader.calls.get(0).equals(before + "/42") || loader.calls.get(0).equals(after + "/42"));
    }
}
