package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Red, amber, green against a target. Green meets the target; amber misses it by no more than the amber
 * tolerance; red misses it by more; none when there is no value or no target.
 */
public final class Rag {

    public enum Status {
        GREEN, AMBER, RED, NONE
    }

    /** A row of measure_target: council-wide when {@code nodeId} is null. */
    public record Target(UUID nodeId, BigDecimal target, Measure.Direction direction, BigDecimal amberTolerance) {
    }

    private Rag() {
    }

    public static Status status(BigDecimal value, Target target) {
        if (value == null || target == null) {
            return Status.NONE;
        }
        // how far the value falls short of the target, in the direction that counts as worse
        BigDecimal shortfall = target.direction() == Measure.Direction.HIGHER_IS_BETTER
                ? target.target().subtract(value) : value.subtract(target.target());
        if (shortfall.signum() <= 0) {
            return Status.GREEN;
        }
        return shortfall.compareTo(target.amberTolerance()) <= 0 ? Status.AMBER : Status.RED;
    }

    /**
     * The target that applies to a node: its own row, else the nearest ancestor's, else the council-wide row.
     *
     * @param targets the measure's target rows
     * @param nodeAndAncestors the node first, then its parent, and so on up to the root
     */
    public static Optional<Target> resolve(List<Target> targets, List<UUID> nodeAndAncestors) {
        for (UUID node : nodeAndAncestors) {
            for (Target target : targets) {
                if (node.equals(target.nodeId())) {
                    return Optional.of(target);
                }
            }
        }
        return targets.stream().filter(t -> t.nodeId() == null).findFirst();
    }
}
