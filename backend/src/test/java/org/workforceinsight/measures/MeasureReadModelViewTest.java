package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.workforceinsight.measures.EngineFixture.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.WorkforceFacts.Window;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * The read model narrows the whole council's kept facts to a request from flat arrays of stint days, and hands
 * the calculation each chosen worker's kept chains by position: it must choose exactly the workers the stints
 * themselves say, in the same order, with the chains of those very workers.
 */
class MeasureReadModelViewTest {

    /** Stints in A and B that start, end and move around the windows below, and one with a gap. */
    private static WorkforceFacts council() {
        return facts(
                worker("Ann", "Able").permanent(TEAM_A, SW, "1.0", "2020-01-01", null).build(),
                worker("Ben", "Baker").permanent(TEAM_A, SW, "1.0", "2020-01-01", "2024-12-31").build(),
                worker("Cat", "Cole").permanent(TEAM_B, SW, "0.5", "2025-01-01", null).build(),
                worker("Dan", "Dunn").permanent(TEAM_A, SW, "1.0", "2021-01-01", "2024-03-31")
                        .permanent(TEAM_B, SW, "1.0", "2024-04-01", null).build(),
                worker("Eve", "Eden").permanent(TEAM_B, SW, "1.0", "2019-01-01", "2022-06-30")
                        .permanent(TEAM_A, SW, "1.0", "2025-09-01", null).build(),
                worker("Fay", "Ford").agency(TEAM_A, SW, "1.0", "2025-10-01", "2025-10-01", null).build(),
                worker("Gus", "Gray").permanent(SERVICE, MANAGER, "1.0", "2018-01-01", null).build());
    }

    @Test
    void keptFactsChooseTheWorkersTheirStintsSayInOrderWithTheirOwnChains() {
        WorkforceFacts plain = council();
        WorkforceFacts kept = plain.keepingChains();
        List<Set<UUID>> nodeSets = List.of(A, B, SERVICE_NODES, Set.of(SERVICE));
        List<Window> windows = List.of(window("2024-10-01", "2025-09-30"), window("2022-07-01", "2024-12-31"),
                window("2025-10-01", "2025-10-01"), window("2025-10-02", "2026-09-30"), window("2010-01-01", "2018-01-01"));
        for (Set<UUID> nodes : nodeSets) {
            for (Window window : windows) {
                MeasureFactsRepository.Request request = new MeasureFactsRepository.Request(nodes, window,
                        window.to(), EnumSet.allOf(MeasureFactsRepository.Part.class), false, 30);
                WorkforceFacts expected = MeasureReadModel.view(plain, request);
                WorkforceFacts narrowed = MeasureReadModel.view(kept, request);
                String what = nodes + " " + window;
                assertEquals(names(expected.workers()), names(narrowed.workers()), what);
                WorkerChains[] chains = narrowed.chains().inOrderOf(narrowed.workers());
                assertNotNull(chains, what);
                for (int k = 0; k < chains.length; k++) {
                    assertSame(narrowed.workers().get(k), chains[k].worker, what);
                }
                assertEquals(ENGINE.computeAll(expected, nodes, window.to(), null),
                        ENGINE.computeAll(narrowed, nodes, window.to(), null), what);
            }
        }
    }

    private static Window window(String from, String to) {
        return new Window(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static List<String> names(List<WorkerHistory> workers) {
        return workers.stream().map(WorkerHistory::givenName).toList();
    }
}
