package org.workforceinsight.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * Each worker's supervision and appraisal position on a date, for the team manager's list of who is
 * overdue or due soon. Pure, like {@link MeasureEngine}: the overdue positions are the engine's own
 * explanation rows (supervisionsHeldVsExpected lists every supervised worker with their due date;
 * appraisalCompliance lists the overdue), so this list can never disagree with the compliance figures.
 * Only the next due date of a worker who is not overdue for appraisal is worked out here, by the engine's
 * formula and the configured intervals, because the engine has no row for them.
 */
public final class WorkerComplianceCalculation {

    public enum Status {
        OVERDUE, DUE_SOON, UP_TO_DATE, NOT_DUE
    }

    /** A supervision or appraisal position; {@code intervalDays} only for supervision. */
    public record Position(Status status, LocalDate last, Integer intervalDays, LocalDate due, Integer daysOverdue) {
    }

    /** One worker in post on the date, with the stint that places them (the first in the nodes, as the engine). */
    public record Item(UUID workerId, String givenName, String familyName, UUID nodeId, String roleCode,
            WorkforceFacts.EmploymentType employmentType, Position supervision, Position appraisal) {

        /** The larger of the two days overdue, or -1 when neither is overdue. */
        int mostDaysOverdue() {
            int most = -1;
            if (supervision != null && supervision.daysOverdue() != null) {
                most = supervision.daysOverdue();
            }
            if (appraisal != null && appraisal.daysOverdue() != null) {
                most = Math.max(most, appraisal.daysOverdue());
            }
            return most;
        }

        /** The nearest due date that is soon, or null. */
        LocalDate nearestDueSoon() {
            LocalDate nearest = null;
            for (Position position : new Position[] {supervision, appraisal}) {
                if (position != null && position.status() == Status.DUE_SOON
                        && (nearest == null || position.due().isBefore(nearest))) {
                    nearest = position.due();
                }
            }
            return nearest;
        }

        boolean needsAction() {
            return mostDaysOverdue() >= 0 || nearestDueSoon() != null;
        }
    }

    /** Most days overdue first; then the nearest due-soon date; then by name. */
    static final Comparator<Item> MOST_URGENT_FIRST = Comparator
            .comparingInt((Item item) -> -item.mostDaysOverdue())
            .thenComparing(Item::nearestDueSoon, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::familyName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Item::givenName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Item::workerId);

    private WorkerComplianceCalculation() {
    }

    /**
     * Workers in post in {@code nodeIds} on {@code asAt} whom a supervision rule covers or whose appraisal is
     * overdue or due within {@code dueSoonDays} days, most urgent first.
     */
    public static List<Item> compute(MeasureEngine engine, WorkforceFacts facts, Set<UUID> nodeIds, LocalDate asAt,
            int dueSoonDays) {
        Map<UUID, ExplanationRow> supervised = byWorker(
                engine.explain(Measure.SUPERVISIONS_HELD_VS_EXPECTED, facts, nodeIds, asAt, asAt, false));
        Map<UUID, ExplanationRow> appraisalOverdue = byWorker(
                engine.explain(Measure.APPRAISAL_COMPLIANCE, facts, nodeIds, asAt, asAt, false));
        LocalDate soon = asAt.plusDays(dueSoonDays);
        MeasureConfig config = engine.config();

        List<Item> items = new ArrayList<>();
        for (WorkerHistory worker : facts.workers()) {
            WorkerChains chains = new WorkerChains(worker);
            Stint placing = null;
            Stint employed = null;
            for (Stint stint : chains.stints) {
                if (stint.activeOn(asAt) && nodeIds.contains(stint.nodeId())) {
                    placing = placing == null ? stint : placing;
                    if (employed == null && stint.employmentType().employed()) {
                        employed = stint;
                    }
                }
            }
            if (placing == null) {
                continue;
            }
            ExplanationRow supervisionRow = supervised.get(worker.id());
            Position supervision = supervisionRow == null ? null : supervision(supervisionRow, asAt, soon);
            Position appraisal = null;
            ExplanationRow overdue = appraisalOverdue.get(worker.id());
            if (overdue != null) {
                appraisal = new Position(Status.OVERDUE, overdue.lastAppraisalDate(), null, overdue.dueDate(),
                        overdue.daysOverdue());
            } else if (employed != null) {
                appraisal = appraisalNotOverdue(chains, config, asAt, soon);
            }
            Item item = new Item(worker.id(), worker.givenName(), worker.familyName(), placing.nodeId(),
                    placing.roleCode(), placing.employmentType(), supervision, appraisal);
            if (supervision != null || item.needsAction()) {
                items.add(item);
            }
        }
        items.sort(MOST_URGENT_FIRST);
        return items;
    }

    private static Map<UUID, ExplanationRow> byWorker(List<ExplanationRow> rows) {
        Map<UUID, ExplanationRow> map = new HashMap<>();
        for (ExplanationRow row : rows) {
            map.putIfAbsent(row.workerId(), row);
        }
        return map;
    }

    private static Position supervision(ExplanationRow row, LocalDate asAt, LocalDate soon) {
        Status status;
        if (row.daysOverdue() != null) {
            status = Status.OVERDUE;
        } else if (!row.dueDate().isAfter(soon)) {
            status = Status.DUE_SOON;
        } else {
            status = Status.UP_TO_DATE;
        }
        return new Position(status, row.lastSupervisionDate(), row.requiredIntervalDays(), row.dueDate(),
                row.daysOverdue());
    }

    /**
     * An employed worker the engine does not count as overdue: due the configured interval after their last
     * appraisal, or, never appraised, the minimum service after their continuous employed service began
     * (the engine's due date for the same worker once they are overdue).
     */
    private static Position appraisalNotOverdue(WorkerChains chains, MeasureConfig config, LocalDate asAt,
            LocalDate soon) {
        LocalDate last = null;
        for (LocalDate date : chains.worker.appraisals()) {
            if (!date.isAfter(asAt) && (last == null || date.isAfter(last))) {
                last = date;
            }
        }
        StintChain service = StintChain.covering(chains.employed(), asAt);
        LocalDate due;
        if (last != null) {
            due = last.plusMonths(config.appraisalIntervalMonths());
        } else if (service != null) {
            due = service.start().plusMonths(config.appraisalMinimumServiceMonths());
        } else {
            return null;
        }
        if (due.isBefore(asAt)) {
            // not overdue by the engine's window, yet due before the date (month ends): say so rather than hide it
            return new Position(Status.OVERDUE, last, null, due, (int) ChronoUnit.DAYS.between(due, asAt));
        }
        if (!due.isAfter(soon)) {
            return new Position(Status.DUE_SOON, last, null, due, null);
        }
        return new Position(last != null ? Status.UP_TO_DATE : Status.NOT_DUE, last, null, due, null);
    }
}
