package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workforceinsight.measures.EngineFixture.n;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workforceinsight.measures.Measure.Direction;
import org.workforceinsight.measures.Rag.Status;
import org.workforceinsight.measures.Rag.Target;

class RagTest {

    private static final Target AGENCY = new Target(null, n("10.0"), Direction.LOWER_IS_BETTER, n("5.0"));
    private static final Target SUPERVISION = new Target(null, n("95.0"), Direction.HIGHER_IS_BETTER, n("10.0"));

    @Test
    void lowerIsBetterBoundaries() {
        // on target green; 15.0 misses by exactly the tolerance: amber; 15.1 red
        assertEquals(Status.GREEN, Rag.status(n("9.9"), AGENCY));
        assertEquals(Status.GREEN, Rag.status(n("10.0"), AGENCY));
        assertEquals(Status.AMBER, Rag.status(n("10.1"), AGENCY));
        assertEquals(Status.AMBER, Rag.status(n("15.0"), AGENCY));
        assertEquals(Status.RED, Rag.status(n("15.1"), AGENCY));
    }

    @Test
    void higherIsBetterBoundaries() {
        assertEquals(Status.GREEN, Rag.status(n("100.0"), SUPERVISION));
        assertEquals(Status.GREEN, Rag.status(n("95.0"), SUPERVISION));
        assertEquals(Status.AMBER, Rag.status(n("94.9"), SUPERVISION));
        assertEquals(Status.AMBER, Rag.status(n("85.0"), SUPERVISION));
        assertEquals(Status.RED, Rag.status(n("84.9"), SUPERVISION));
    }

    @Test
    void zeroToleranceHasNoAmber() {
        Target unallocated = new Target(null, n("0"), Direction.LOWER_IS_BETTER, n("0"));
        assertEquals(Status.GREEN, Rag.status(n("0"), unallocated));
        assertEquals(Status.RED, Rag.status(n("1"), unallocated));
    }

    @Test
    void noValueOrNoTargetIsNone() {
        assertEquals(Status.NONE, Rag.status(null, AGENCY));
        assertEquals(Status.NONE, Rag.status(n("3.0"), null));
    }

    @Test
    void theNodesOwnTargetWinsThenTheNearestAncestorsThenTheCouncils() {
        UUID council = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        UUID otherTeam = UUID.randomUUID();
        Target councilWide = new Target(null, n("10"), Direction.LOWER_IS_BETTER, n("5"));
        Target serviceTarget = new Target(service, n("12"), Direction.LOWER_IS_BETTER, n("5"));
        Target teamTarget = new Target(team, n("8"), Direction.LOWER_IS_BETTER, n("2"));
        List<Target> targets = List.of(councilWide, serviceTarget, teamTarget);
        assertEquals(Optional.of(teamTarget), Rag.resolve(targets, List.of(team, service, council)));
        assertEquals(Optional.of(serviceTarget), Rag.resolve(targets, List.of(otherTeam, service, council)));
        assertEquals(Optional.of(councilWide), Rag.resolve(targets, List.of(council)));
        assertEquals(Optional.empty(), Rag.resolve(List.of(serviceTarget), List.of(council)));
    }
}
