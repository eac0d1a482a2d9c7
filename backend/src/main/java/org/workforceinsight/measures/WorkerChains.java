package org.workforceinsight.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/**
 * What a worker's history says whatever the date: the stints in start order, their chains, and the dates the
 * per-worker loops test most, as epoch days in plain arrays (comparing ints beside each other in memory, rather
 * than following every stint and absence to its LocalDates, is most of what makes a council-wide pass fast).
 * Built once per worker per request, or once per worker for the read model's kept facts ({@link Kept}), and
 * shared by every as-at date of a series. Immutable once built (the kept ones' (node, role) numbers are set
 * before they are shared), so kept ones are shared between requests.
 */
final class WorkerChains {

    /** The end day of a stint that continues. */
    static final int OPEN = Integer.MAX_VALUE;

    final WorkerHistory worker;
    /** The stints in start order. */
    final List<Stint> stints;
    /** Each stint's first and last day (same index as {@link #stints}); {@link #OPEN} while it continues. */
    final int[] stintStart;
    final int[] stintEnd;
    /**
     * Each stint's FTE as whole units of {@code 10^-fteScale} (same index as {@link #stints}), for sums that
     * add longs ({@link DecimalSum}); the scale is -1 where an FTE will not fit.
     */
    final long[] fteUnits;
    final int[] fteScale;
    /** Each absence's first and last day and whether it is sickness (same index as the worker's absences). */
    final int[] absenceFirst;
    final int[] absenceLast;
    final boolean[] absenceSickness;
    /** Each absence's working days lost (same index), so that an absence wholly inside a period is not read again. */
    final java.math.BigDecimal[] absenceDaysLost;
    /** Each supervision session's day and minutes (same index and order as the worker's supervisions). */
    final int[] sessionDay;
    final int[] sessionMinutes;
    /**
     * Each stint's (node, role) number among the kept facts' ({@link Kept}), so that sums by node and role are
     * array slots rather than hash lookups; null for chains built for one request.
     */
    int[] stintNodeRole;
    private final List<StintChain> employed;
    private final List<StintChain> all;
    private final List<StintChain> employedSocialWork;
    /** First and last day of each chain of {@link #employed()} and of {@link #all()}; {@link #OPEN} while it continues. */
    final int[] employedChainStart;
    final int[] employedChainEnd;
    final int[] anyChainStart;
    final int[] anyChainEnd;
    /** Each appraisal's day (same index and order as the worker's appraisals). */
    final int[] appraisalDay;
    /** The week-ending days of each stint's timesheets (same index as {@link #stints}); null without agency terms. */
    final int[][] timesheetDays;
    /**
     * Per stint, the running total of its timesheets' charges (units x rate) before each one, in whole units of
     * {@code 10^-scale}, and that scale; the scale is -1 (and the totals null) where the charges differ in scale
     * or outgrow a long, and a period's cost is then summed charge by charge. A year's cost of a weekly
     * timesheet was fifty BigDecimal products and sums per agency worker per request: with the totals it is one
     * subtraction, and the same BigDecimal, since sums of charges of one scale keep that scale.
     */
    final long[][] timesheetRunningCost;
    final int[] timesheetCostScale;

    WorkerChains(WorkerHistory worker) {
        this.worker = worker;
        this.stints = inStartOrder(worker.stints());
        int n = stints.size();
        stintStart = new int[n];
        stintEnd = new int[n];
        for (int i = 0; i < n; i++) {
            Stint stint = stints.get(i);
            stintStart[i] = day(stint.start().toEpochDay());
            stintEnd[i] = stint.end() == null ? OPEN : day(stint.end().toEpochDay());
        }
        fteUnits = new long[n];
        fteScale = new int[n];
        for (int i = 0; i < n; i++) {
            long[] units = DecimalSum.unitsOf(stints.get(i).fte());
            fteUnits[i] = units == null ? 0 : units[0];
            fteScale[i] = units == null ? -1 : (int) units[1];
        }
        List<AbsenceFact> absences = worker.absences();
        absenceFirst = new int[absences.size()];
        absenceLast = new int[absences.size()];
        absenceSickness = new boolean[absences.size()];
        absenceDaysLost = new java.math.BigDecimal[absences.size()];
        for (int i = 0; i < absences.size(); i++) {
            AbsenceFact absence = absences.get(i);
            absenceFirst[i] = day(absence.firstDay().toEpochDay());
            absenceLast[i] = day(absence.lastDay().toEpochDay());
            absenceSickness[i] = absence.sickness();
            absenceDaysLost[i] = absence.workingDaysLost();
        }
        List<WorkforceFacts.SupervisionFact> sessions = worker.supervisions();
        sessionDay = new int[sessions.size()];
        sessionMinutes = new int[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            sessionDay[i] = day(sessions.get(i).date().toEpochDay());
            sessionMinutes[i] = sessions.get(i).durationMinutes();
        }
        employed = StintChain.of(stints, s -> s.employmentType().employed());
        all = StintChain.of(stints, s -> true);
        employedSocialWork = StintChain.of(stints, s -> s.employmentType().employed() && s.qualifiedSocialWork());
        employedChainStart = starts(employed);
        employedChainEnd = ends(employed);
        anyChainStart = starts(all);
        anyChainEnd = ends(all);
        List<java.time.LocalDate> appraisals = worker.appraisals();
        appraisalDay = new int[appraisals.size()];
        for (int i = 0; i < appraisals.size(); i++) {
            appraisalDay[i] = day(appraisals.get(i).toEpochDay());
        }
        timesheetDays = new int[n][];
        timesheetRunningCost = new long[n][];
        timesheetCostScale = new int[n];
        for (int s = 0; s < n; s++) {
            timesheetCostScale[s] = -1;
            WorkforceFacts.AgencyTerms terms = stints.get(s).agency();
            if (terms != null) {
                List<WorkforceFacts.Timesheet> sheets = terms.timesheets();
                timesheetDays[s] = new int[sheets.size()];
                for (int i = 0; i < sheets.size(); i++) {
                    timesheetDays[s][i] = day(sheets.get(i).weekEnding().toEpochDay());
                }
                runningCost(sheets, s);
            }
        }
    }

    /** Fills {@link #timesheetRunningCost} and {@link #timesheetCostScale} of stint {@code s}, where they can be. */
    private void runningCost(List<WorkforceFacts.Timesheet> sheets, int s) {
        long[] running = new long[sheets.size() + 1];
        int scale = -1;
        for (int i = 0; i < sheets.size(); i++) {
            java.math.BigDecimal charge = sheets.get(i).units().multiply(sheets.get(i).rate());
            if (charge.scale() < 0 || (scale >= 0 && charge.scale() != scale) || charge.precision() > 18) {
                return;
            }
            scale = charge.scale();
            try {
                running[i + 1] = Math.addExact(running[i], charge.unscaledValue().longValueExact());
            } catch (ArithmeticException tooLarge) {
                return;
            }
        }
        if (scale >= 0) {
            timesheetRunningCost[s] = running;
            timesheetCostScale[s] = scale;
        }
    }

    private static int[] starts(List<StintChain> chains) {
        int[] days = new int[chains.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = day(chains.get(i).start().toEpochDay());
        }
        return days;
    }

    private static int[] ends(List<StintChain> chains) {
        int[] days = new int[chains.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = chains.get(i).end() == null ? OPEN : day(chains.get(i).end().toEpochDay());
        }
        return days;
    }

    /** Index of the chain of {@code starts}/{@code ends} covering the epoch day, or -1 ({@link StintChain#covering}). */
    static int covering(int[] starts, int[] ends, long day) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= day && day <= ends[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Whether stint {@code s} is active on the epoch day. */
    boolean activeOn(int s, long day) {
        return stintStart[s] <= day && day <= stintEnd[s];
    }

    /** Continuous employed service. */
    List<StintChain> employed() {
        return employed;
    }

    /** Continuous service of any kind, agency included. */
    List<StintChain> all() {
        return all;
    }

    /** DfE runs: employed social work with no gap. */
    List<StintChain> employedSocialWork() {
        return employedSocialWork;
    }

    /** Index of the last of the ascending days on or before {@code day}, or -1. */
    static int lastOnOrBefore(int[] days, long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] <= day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }

    private static int day(long epochDay) {
        // the dates the database holds (years 1 to 9999) are well inside an int of days
        return Math.toIntExact(epochDay);
    }

    private static List<Stint> inStartOrder(List<Stint> stints) {
        for (int i = 1; i < stints.size(); i++) {
            if (stints.get(i).start().isBefore(stints.get(i - 1).start())) {
                List<Stint> sorted = new ArrayList<>(stints);
                sorted.sort(Comparator.comparing(Stint::start));
                return sorted;
            }
        }
        return stints;
    }

    /**
     * Every worker's chains built once, for facts kept for many requests (the read model's): a request then
     * looks each worker up instead of building them again. By identity, since a worker's history is a record
     * whose equality would compare their whole history.
     */
    static final class Kept {
        private final Map<WorkerHistory, WorkerChains> byWorker;
        private final Set<UUID> stintNodes;
        /** Each distinct (node, role) of a stint or a post, numbered from 0. */
        private final Map<UUID, Map<String, Integer>> nodeRoles;
        private int nodeRoleCount;
        /** The kept posts, and each one's (node, role) number (same index). */
        private final List<WorkforceFacts.PostFact> posts;
        private final int[] postNodeRole;
        /**
         * The chains in the order of the workers these facts hold (all of them, or those a request narrowed them
         * to, {@link #narrowedTo}): a calculation walking the workers reads them by position, not by a lookup.
         */
        private final WorkerChains[] inOrder;
        /**
         * Every kept worker's stint days in one pair of arrays (worker w's are [stintOffset[w], stintOffset[w + 1])),
         * for narrowing the whole council to a request without visiting each worker's own arrays; null once narrowed.
         */
        private final int[] stintOffset;
        private final int[] allStintStarts;
        private final int[] allStintEnds;
        /** The kept workers (same order as {@link #inOrder} before narrowing). */
        private final List<WorkerHistory> workers;

        Kept(List<WorkerHistory> workers, List<WorkforceFacts.PostFact> posts) {
            byWorker = new IdentityHashMap<>(workers.size() * 2);
            stintNodes = new HashSet<>();
            nodeRoles = new HashMap<>();
            inOrder = new WorkerChains[workers.size()];
            this.workers = workers;
            for (int w = 0; w < workers.size(); w++) {
                WorkerHistory worker = workers.get(w);
                WorkerChains chains = new WorkerChains(worker);
                chains.stintNodeRole = new int[chains.stints.size()];
                for (int s = 0; s < chains.stints.size(); s++) {
                    Stint stint = chains.stints.get(s);
                    stintNodes.add(stint.nodeId());
                    chains.stintNodeRole[s] = nodeRole(stint.nodeId(), stint.roleCode());
                }
                byWorker.put(worker, chains);
                inOrder[w] = chains;
            }
            this.posts = posts;
            this.postNodeRole = new int[posts.size()];
            for (int p = 0; p < posts.size(); p++) {
                postNodeRole[p] = nodeRole(posts.get(p).nodeId(), posts.get(p).roleCode());
            }
            stintOffset = new int[inOrder.length + 1];
            for (int w = 0; w < inOrder.length; w++) {
                stintOffset[w + 1] = stintOffset[w] + inOrder[w].stintStart.length;
            }
            allStintStarts = new int[stintOffset[inOrder.length]];
            allStintEnds = new int[allStintStarts.length];
            for (int w = 0; w < inOrder.length; w++) {
                System.arraycopy(inOrder[w].stintStart, 0, allStintStarts, stintOffset[w], inOrder[w].stintStart.length);
                System.arraycopy(inOrder[w].stintEnd, 0, allStintEnds, stintOffset[w], inOrder[w].stintEnd.length);
            }
        }

        private Kept(Kept whole, WorkerChains[] inOrder) {
            this.byWorker = whole.byWorker;
            this.stintNodes = whole.stintNodes;
            this.nodeRoles = whole.nodeRoles;
            this.nodeRoleCount = whole.nodeRoleCount;
            this.posts = whole.posts;
            this.postNodeRole = whole.postNodeRole;
            this.inOrder = inOrder;
            this.workers = null;
            this.stintOffset = null;
            this.allStintStarts = null;
            this.allStintEnds = null;
        }

        /**
         * These chains narrowed to the workers with a stint overlapping [from, to] in the nodes ({@code everyNode}:
         * in whichever node), in order, with those workers added to {@code workers}; null when these are already
         * narrowed.
         */
        Kept narrowedTo(long from, long to, Set<UUID> nodes, boolean everyNode, List<WorkerHistory> chosenWorkers) {
            if (stintOffset == null) {
                return null;
            }
            List<WorkerChains> chosen = new ArrayList<>();
            for (int w = 0; w < inOrder.length; w++) {
                for (int s = stintOffset[w]; s < stintOffset[w + 1]; s++) {
                    if (allStintStarts[s] <= to && allStintEnds[s] >= from
                            && (everyNode || nodes.contains(inOrder[w].stints.get(s - stintOffset[w]).nodeId()))) {
                        chosenWorkers.add(workers.get(w));
                        chosen.add(inOrder[w]);
                        break;
                    }
                }
            }
            return new Kept(this, chosen.toArray(new WorkerChains[0]));
        }

        /**
         * The chains in the order of {@code workers}, when these are the workers they were kept or narrowed for
         * (same number; a caller still checks each one's worker by identity); else null.
         */
        WorkerChains[] inOrderOf(List<WorkerHistory> workers) {
            return inOrder.length == workers.size() ? inOrder : null;
        }

        private int nodeRole(UUID node, String role) {
            return nodeRoles.computeIfAbsent(node, k -> new HashMap<>()).computeIfAbsent(role, k -> nodeRoleCount++);
        }

        /** How many distinct (node, role) pairs the stints and posts have. */
        int nodeRoleCount() {
            return nodeRoleCount;
        }

        /** The (node, role) number of each post, when {@code posts} are the kept ones; else null. */
        int[] postNodeRoles(List<WorkforceFacts.PostFact> posts) {
            return posts == this.posts ? postNodeRole : null;
        }

        /** Every node a stint of the kept workers is in: a request whose nodes hold them all need not look any up. */
        Set<UUID> stintNodes() {
            return stintNodes;
        }

        /** The kept chains of a worker, or new ones for a worker the kept facts do not hold. */
        WorkerChains of(WorkerHistory worker) {
            WorkerChains chains = byWorker.get(worker);
            return chains != null ? chains : new WorkerChains(worker);
        }
    }

    /** The chains of a worker of these facts: kept ones when the facts keep them. */
    static WorkerChains of(WorkforceFacts facts, WorkerHistory worker) {
        return facts.chains() != null ? facts.chains().of(worker) : new WorkerChains(worker);
    }
}
