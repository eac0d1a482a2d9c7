package org.workforceinsight.demo;

import static org.workforceinsight.demo.DemoCouncilGenerator.demoId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The records of the V2 migration for a simulated council: establishment posts, agency terms and timesheets,
 * supervision, appraisal, absence, leaving, target overrides and comparators. They are derived from the
 * simulated history (organisation, workers, assignments) with random streams of their own, so that adding
 * them changed nothing in the V1 data of a seed.
 *
 * <p>The figures are set near the DfE's England figures for 2025: vacancy rate about 15%, about four in five
 * agency social workers covering a vacancy, sickness absence about 3% of working days; supervision and
 * appraisal compliance in the 80s, as councils report them.
 */
final class DemoWorkforceRecords {

    /** The V2 rows of one council. */
    record Records(List<DemoCouncil.Post> posts, List<DemoCouncil.AgencyAssignment> agencyAssignments,
            List<DemoCouncil.AgencyTimesheet> agencyTimesheets,
            List<DemoCouncil.SupervisionSession> supervisionSessions, List<DemoCouncil.Appraisal> appraisals,
            List<DemoCouncil.Absence> absences, List<DemoCouncil.AbsenceSicknessReason> absenceSicknessReasons,
            List<DemoCouncil.Leaving> leavings, List<DemoCouncil.MeasureTarget> measureTargets,
            List<String> benchmarkComparators) {
    }

    static final String RECORDED_BY = "demo-data";

    /**
     * Statistical-neighbour-like comparators: councils of a similar size (200 to 330 social worker FTE in
     * the DfE's 2025 figures) in Yorkshire and The Humber and the regions next to it.
     */
    static final List<String> COMPARATORS = List.of(
            "E06000010", // Kingston upon Hull
            "E08000034", // Kirklees
            "E08000036", // Wakefield
            "E08000017", // Doncaster
            "E08000018", // Rotherham
            "E08000038", // Barnsley
            "E06000018", // Nottingham
            "E08000021"); // Newcastle upon Tyne

    private static final List<String> AGENCIES = List.of(
            "Pennine Social Care Recruitment Ltd", "Northgate Childcare Professionals", "Humber Locum Services",
            "Riverside Social Work Agency", "Brightstone Care Staffing", "Moorland Interim Solutions");
    private static final double[] AGENCY_WEIGHTS = {0.28, 0.22, 0.16, 0.14, 0.12, 0.08};

    private static final Set<String> QUALIFIED = Set.of(DemoCouncilGenerator.SW, DemoCouncilGenerator.SP,
            DemoCouncilGenerator.AP, DemoCouncilGenerator.TM, DemoCouncilGenerator.SM, DemoCouncilGenerator.HOS,
            DemoCouncilGenerator.IRO, DemoCouncilGenerator.CPC);

    private static final BigDecimal HOURS_PER_DAY = new BigDecimal("7.40");

    private final List<DemoCouncil.OrgNode> orgNodes;
    private final List<DemoCouncil.Worker> workers;
    private final Map<UUID, Map<String, Integer>> slots;
    private final LocalDate windowStart;
    private final LocalDate endDate;
    private final long seed;

    private final Map<UUID, DemoCouncil.OrgNode> nodeById = new HashMap<>();
    private final Map<UUID, List<DemoCouncil.Assignment>> historyByWorker = new LinkedHashMap<>();
    /** Management assignments by node and role (team manager, service manager, head of service), by start. */
    private final Map<UUID, Map<String, List<DemoCouncil.Assignment>>> managers = new HashMap<>();
    /** The base establishment post of each node and role. */
    private final Map<UUID, Map<String, DemoCouncil.Post>> basePosts = new HashMap<>();

    private DemoWorkforceRecords(List<DemoCouncil.OrgNode> orgNodes, List<DemoCouncil.Worker> workers,
            List<DemoCouncil.Assignment> assignments, Map<UUID, Map<String, Integer>> slots, LocalDate windowStart,
            LocalDate endDate, long seed) {
        this.orgNodes = orgNodes;
        this.workers = workers;
        this.slots = slots;
        this.windowStart = windowStart;
        this.endDate = endDate;
        this.seed = seed;
        orgNodes.forEach(n -> nodeById.put(n.id(), n));
        workers.forEach(w -> historyByWorker.put(w.id(), new ArrayList<>()));
        for (DemoCouncil.Assignment a : assignments) {
            historyByWorker.get(a.workerId()).add(a);
            if (DemoCouncilGenerator.TM.equals(a.roleCode()) || DemoCouncilGenerator.SM.equals(a.roleCode())
                    || DemoCouncilGenerator.HOS.equals(a.roleCode())) {
                managers.computeIfAbsent(a.teamId(), k -> new HashMap<>())
                        .computeIfAbsent(a.roleCode(), k -> new ArrayList<>()).add(a);
            }
        }
        historyByWorker.values().forEach(h -> h.sort(Comparator.comparing(DemoCouncil.Assignment::startDate)));
        managers.values().forEach(byRole -> byRole.values()
                .forEach(list -> list.sort(Comparator.comparing(DemoCouncil.Assignment::startDate))));
    }

    /**
     * @param slots the simulated positions of each node by role (in insertion order), from which the funded
     *        establishment is set
     * @param windowStart the first day of the simulated window (the first snapshot Monday)
     */
    static Records generate(List<DemoCouncil.OrgNode> orgNodes, List<DemoCouncil.Worker> workers,
            List<DemoCouncil.Assignment> assignments, Map<UUID, Map<String, Integer>> slots, LocalDate windowStart,
            LocalDate endDate, long seed) {
        return new DemoWorkforceRecords(orgNodes, workers, assignments, slots, windowStart, endDate, seed).build();
    }

    private Records build() {
        List<DemoCouncil.Post> posts = posts(stream(1));
        List<DemoCouncil.AgencyAssignment> agency = new ArrayList<>();
        List<DemoCouncil.AgencyTimesheet> timesheets = new ArrayList<>();
        agency(stream(2), agency, timesheets);
        List<DemoCouncil.SupervisionSession> sessions = supervision(stream(3));
        List<DemoCouncil.Appraisal> appraisals = appraisals(stream(4));
        List<DemoCouncil.Absence> absences = new ArrayList<>();
        List<DemoCouncil.AbsenceSicknessReason> reasons = new ArrayList<>();
        absences(stream(5), absences, reasons);
        List<DemoCouncil.Leaving> leavings = leavings(stream(6));
        return new Records(posts, agency, timesheets, sessions, appraisals, absences, reasons, leavings, targets(),
                COMPARATORS);
    }

    /** An independent random stream per kind of record, so that each can change without moving the others. */
    private SplittableRandom stream(int kind) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + 0x5EED);
    }

    // ---------------- establishment ----------------

    private List<DemoCouncil.Post> posts(SplittableRandom rng) {
        List<DemoCouncil.Post> posts = new ArrayList<>();
        // funded since before any history the demo holds; establishment changes fall on 1 April or 1 October
        LocalDate established = LocalDate.of(windowStart.getYear() - 6, 4, 1);
        List<LocalDate> changeDates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(windowStart.getYear(), 4, 1); !d.isAfter(endDate); d = d.plusMonths(6)) {
            if (d.isAfter(windowStart.plusWeeks(4))) {
                changeDates.add(d);
            }
        }
        int number = 0;
        for (Map.Entry<UUID, Map<String, Integer>> node : slots.entrySet()) {
            boolean team = "team".equals(nodeById.get(node.getKey()).nodeType());
            // most teams are funded for a little less than the desks they have: agency staff and cover above
            // establishment fill the rest, as the DfE's agency workers who cover no vacancy show
            double funding = 0.88 + 0.07 * rng.nextDouble();
            for (Map.Entry<String, Integer> role : node.getValue().entrySet()) {
                int count = role.getValue();
                boolean caseHolding = DemoCouncilGenerator.SW.equals(role.getKey())
                        || DemoCouncilGenerator.SP.equals(role.getKey());
                double fte = caseHolding ? Math.max(1.0, Math.round(count * funding * 2) / 2.0) : count;
                String key = node.getKey() + "/" + role.getKey();
                DemoCouncil.Post base = new DemoCouncil.Post(demoId("post", key), String.format("EST-%06d", ++number),
                        node.getKey(), role.getKey(), fte(fte), established, null);
                posts.add(base);
                basePosts.computeIfAbsent(node.getKey(), k -> new HashMap<>()).put(role.getKey(), base);
                if (team && DemoCouncilGenerator.SW.equals(role.getKey()) && count >= 4 && !changeDates.isEmpty()
                        && rng.nextDouble() < 0.3) {
                    LocalDate when = changeDates.get(rng.nextInt(changeDates.size()));
                    boolean growth = rng.nextDouble() < 0.6;
                    posts.add(new DemoCouncil.Post(demoId("post", key + "/change"),
                            String.format("EST-%06d", ++number), node.getKey(), role.getKey(),
                            fte(growth && rng.nextDouble() < 0.3 ? 2.0 : 1.0),
                            growth ? when : established, growth ? null : when.minusDays(1)));
                }
            }
        }
        return posts;
    }

    private static BigDecimal fte(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    // ---------------- agency ----------------

    private void agency(SplittableRandom rng, List<DemoCouncil.AgencyAssignment> terms,
            List<DemoCouncil.AgencyTimesheet> timesheets) {
        int timesheetNumber = 0;
        for (List<DemoCouncil.Assignment> history : historyByWorker.values()) {
            for (DemoCouncil.Assignment a : history) {
                // agency terms describe agency social workers (job type, PQE, the DfE rules); V2 has no job type
                // for agency family support or business support staff, so they have none
                if (!DemoCouncilGenerator.AGENCY.equals(a.employmentType()) || !QUALIFIED.contains(a.roleCode())) {
                    continue;
                }
                DemoCouncil.AgencyAssignment t = agencyTerms(rng, a);
                terms.add(t);
                LocalDate from = a.startDate().isBefore(windowStart.minusWeeks(52)) ? windowStart.minusWeeks(52)
                        : a.startDate();
                LocalDate last = a.endDate() == null || a.endDate().isAfter(endDate) ? endDate : a.endDate();
                for (LocalDate sunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                        !sunday.isAfter(endDate); sunday = sunday.plusWeeks(1)) {
                    LocalDate monday = sunday.minusDays(6);
                    LocalDate first = monday.isBefore(a.startDate()) ? a.startDate() : monday;
                    LocalDate to = sunday.isAfter(last) ? last : sunday;
                    if (first.isAfter(to)) {
                        break;
                    }
                    int days = 0;
                    for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
                        if (isWeekday(d) && !EnglishBankHolidays.isBankHoliday(d)) {
                            days++;
                        }
                    }
                    if (days > 1 && rng.nextDouble() < 0.06) {
                        days -= rng.nextInt(1, Math.min(3, days - 1) + 1); // unpaid days off
                    }
                    if (days == 0) {
                        continue;
                    }
                    BigDecimal units = "hourly".equals(t.chargeBasis())
                            ? HOURS_PER_DAY.multiply(a.fte()).multiply(BigDecimal.valueOf(days))
                                    .setScale(2, RoundingMode.HALF_UP)
                            : a.fte().multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
                    timesheets.add(new DemoCouncil.AgencyTimesheet(
                            demoId("agency-timesheet", a.id() + "/" + sunday),
                            String.format("TS-%08d", ++timesheetNumber), a.id(), sunday, units, t.chargeRate()));
                }
            }
        }
    }

    private DemoCouncil.AgencyAssignment agencyTerms(SplittableRandom rng, DemoCouncil.Assignment a) {
        String jobType = switch (a.roleCode()) {
            case DemoCouncilGenerator.SW -> "social-worker";
            case DemoCouncilGenerator.SP -> "senior-social-worker";
            case DemoCouncilGenerator.AP -> "advanced-practitioner";
            case DemoCouncilGenerator.IRO, DemoCouncilGenerator.CPC -> "iro-cp-chair";
            default -> "team-manager";
        };
        // the V2 migration's illustrative caps: charges sit a little under them, one in seven above
        double cap = switch (jobType) {
            case "social-worker" -> 40;
            case "senior-social-worker" -> 44;
            case "advanced-practitioner" -> 48;
            case "iro-cp-chair" -> 50;
            default -> 52;
        };
        double hourly = rng.nextDouble() < 0.14 ? cap * (1.02 + 0.13 * rng.nextDouble())
                : cap * (0.85 + 0.15 * rng.nextDouble());
        boolean daily = rng.nextDouble() < 0.2;
        BigDecimal rate = daily
                ? BigDecimal.valueOf(Math.round(hourly * 7.4)).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(Math.round(hourly * 2) / 2.0).setScale(2, RoundingMode.HALF_UP);
        double minimumPqe = switch (jobType) {
            case "social-worker" -> 3;
            case "senior-social-worker" -> 4;
            default -> 7;
        };
        double pqe = "social-worker".equals(jobType) && rng.nextDouble() < 0.1 ? 1.0 + 1.9 * rng.nextDouble()
                : minimumPqe + 14 * Math.pow(rng.nextDouble(), 1.5);
        double noticeDraw = rng.nextDouble();
        int notice = noticeDraw < 0.11 ? new int[] {7, 14, 21}[rng.nextInt(3)]
                : noticeDraw < 0.82 ? 28 : new int[] {35, 42, 56}[rng.nextInt(3)];
        UUID covers = null;
        DemoCouncil.Post post = basePosts.getOrDefault(a.teamId(), Map.of()).get(a.roleCode());
        if (post != null && rng.nextDouble() < 0.8) {
            covers = post.id();
        }
        LocalDate previousRegional = null;
        double regionalDraw = rng.nextDouble();
        if (regionalDraw < 0.05) {
            // left a permanent post in the region weeks ago: inside the three-month cool-off
            previousRegional = a.startDate().minusDays(rng.nextInt(10, 80));
        } else if (regionalDraw < 0.12) {
            previousRegional = a.startDate().minusDays(rng.nextInt(100, 800));
        }
        return new DemoCouncil.AgencyAssignment(a.id(), pick(rng, AGENCIES, AGENCY_WEIGHTS), jobType,
                daily ? "daily" : "hourly", rate, BigDecimal.valueOf(pqe).setScale(1, RoundingMode.HALF_UP), notice,
                covers, previousRegional);
    }

    // ---------------- supervision ----------------

    private List<DemoCouncil.SupervisionSession> supervision(SplittableRandom rng) {
        List<DemoCouncil.SupervisionSession> sessions = new ArrayList<>();
        int number = 0;
        LocalDate earliest = windowStart.minusDays(120);
        for (DemoCouncil.Worker worker : workers) {
            List<DemoCouncil.Assignment> history = historyByWorker.get(worker.id());
            for (List<DemoCouncil.Assignment> chain : chains(history, false)) {
                LocalDate chainStart = chain.get(0).startDate();
                LocalDate chainEnd = lastDay(chain);
                if (chainEnd.isBefore(earliest)) {
                    continue;
                }
                // most workers are seen on time; some slip now and then; a few are rarely seen
                double habit = rng.nextDouble();
                int quality = habit < 0.70 ? 0 : habit < 0.92 ? 1 : 2;
                LocalDate t = chainStart.isBefore(earliest) ? earliest.plusDays(rng.nextInt(0, 31))
                        : chainStart.plusDays(rng.nextInt(2, 12));
                while (!t.isAfter(chainEnd)) {
                    LocalDate day = weekdayOnOrBefore(t);
                    if (day.isBefore(chainStart)) {
                        day = weekdayOnOrAfter(chainStart);
                        if (day.isAfter(chainEnd)) {
                            break;
                        }
                    }
                    DemoCouncil.Assignment active = activeOn(chain, day);
                    double typeDraw = rng.nextDouble();
                    String type = typeDraw < 0.85 ? "one-to-one" : typeDraw < 0.94 ? "group" : "observed";
                    int minutes = switch (type) {
                        case "group" -> rng.nextDouble() < 0.15 ? 60 + 5 * rng.nextInt(6) : 90 + 15 * rng.nextInt(5);
                        case "observed" -> rng.nextDouble() < 0.3 ? 60 + 5 * rng.nextInt(6) : 90 + 5 * rng.nextInt(7);
                        default -> rng.nextDouble() < 0.07 ? 40 + 5 * rng.nextInt(10) : 90 + 5 * rng.nextInt(7);
                    };
                    number++;
                    sessions.add(new DemoCouncil.SupervisionSession(
                            demoId("supervision", worker.externalId() + "/" + day + "/" + number),
                            String.format("SUP-%08d", number), worker.id(),
                            active == null ? null : supervisorOf(worker.id(), active, day), day, minutes, type,
                            RECORDED_BY, recordedAt(day, rng.nextInt(0, 6))));
                    t = day.plusDays(nextGap(rng, supervisionInterval(worker, day), quality));
                }
            }
        }
        sessions.sort(Comparator.comparing(DemoCouncil.SupervisionSession::sessionDate));
        return sessions;
    }

    /** The interval of the V2 default policy: weekly for the first 6 weeks of an ASYE, fortnightly to 6 months. */
    static int supervisionInterval(DemoCouncil.Worker worker, LocalDate day) {
        if (worker.asyeStartDate() != null && !day.isBefore(worker.asyeStartDate())) {
            long k = ChronoUnit.DAYS.between(worker.asyeStartDate(), day);
            if (k < 42) {
                return 7;
            }
            if (k < 183) {
                return 14;
            }
        }
        return 31;
    }

    private static int nextGap(SplittableRandom rng, int interval, int quality) {
        return switch (interval) {
            case 7 -> quality == 0 ? 7 : rng.nextInt(7, quality == 1 ? 12 : 22);
            case 14 -> quality == 0 ? rng.nextInt(12, 15) : rng.nextInt(14, quality == 1 ? 22 : 36);
            default -> switch (quality) {
                case 0 -> rng.nextDouble() < 0.8 ? rng.nextInt(25, 32) : rng.nextInt(20, 40);
                case 1 -> rng.nextInt(24, 48);
                default -> rng.nextInt(28, 75);
            };
        };
    }

    // ---------------- appraisal ----------------

    private List<DemoCouncil.Appraisal> appraisals(SplittableRandom rng) {
        List<DemoCouncil.Appraisal> appraisals = new ArrayList<>();
        int number = 0;
        LocalDate earliest = windowStart.minusMonths(15);
        for (DemoCouncil.Worker worker : workers) {
            for (List<DemoCouncil.Assignment> chain : chains(historyByWorker.get(worker.id()), true)) {
                LocalDate chainEnd = lastDay(chain);
                LocalDate due = chain.get(0).startDate().plusMonths(6);
                if (due.isBefore(earliest)) {
                    due = earliest.plusDays(rng.nextInt(0, 365));
                }
                double habit = rng.nextDouble();
                // appraisals slip more than supervision: many councils report compliance around 80%
                int quality = habit < 0.40 ? 0 : habit < 0.75 ? 1 : 2;
                while (true) {
                    int offset = switch (quality) {
                        case 0 -> rng.nextInt(-42, 8);
                        case 1 -> rng.nextInt(30, 150);
                        default -> rng.nextInt(90, 365);
                    };
                    LocalDate done = weekdayOnOrBefore(due.plusDays(offset));
                    if (done.isAfter(chainEnd)) {
                        break;
                    }
                    DemoCouncil.Assignment active = activeOn(chain, done);
                    number++;
                    appraisals.add(new DemoCouncil.Appraisal(
                            demoId("appraisal", worker.externalId() + "/" + done + "/" + number),
                            String.format("APR-%07d", number), worker.id(), done,
                            active == null ? null : supervisorOf(worker.id(), active, done), RECORDED_BY,
                            recordedAt(done, rng.nextInt(0, 10))));
                    due = done.plusMonths(12);
                }
            }
        }
        appraisals.sort(Comparator.comparing(DemoCouncil.Appraisal::completedOn));
        return appraisals;
    }

    // ---------------- absence ----------------

    private enum AbsenceKind {
        SHORT_SICKNESS("sickness", 1.55), MEDIUM_SICKNESS("sickness", 0.12), LONG_SICKNESS("sickness", 0.055),
        DEPENDANTS("dependants-leave", 0.3), COMPASSIONATE("compassionate-leave", 0.08), OTHER("other", 0.05),
        UNPAID("unpaid-leave", 0.02), INDUSTRIAL_INJURY("industrial-injury", 0.006);

        final String type;
        final double perYear;

        AbsenceKind(String type, double perYear) {
            this.type = type;
            this.perYear = perYear;
        }
    }

    private void absences(SplittableRandom rng, List<DemoCouncil.Absence> absences,
            List<DemoCouncil.AbsenceSicknessReason> reasons) {
        double totalRate = 0;
        for (AbsenceKind kind : AbsenceKind.values()) {
            totalRate += kind.perYear;
        }
        int number = 0;
        LocalDate earliest = windowStart.minusDays(365);
        for (DemoCouncil.Worker worker : workers) {
            for (List<DemoCouncil.Assignment> chain : chains(historyByWorker.get(worker.id()), true)) {
                LocalDate chainEnd = lastDay(chain);
                LocalDate from = chain.get(0).startDate().isBefore(earliest) ? earliest : chain.get(0).startDate();
                if (from.isAfter(chainEnd)) {
                    continue;
                }
                // some people are off sick far more often than others
                double proneness = Math.exp(0.6 * gaussian(rng) - 0.18);
                double rate = totalRate * proneness;
                LocalDate t = from.plusDays(Math.round(-Math.log(1 - rng.nextDouble()) / rate * 365.25));
                while (!t.isAfter(chainEnd)) {
                    AbsenceKind kind = pickKind(rng, totalRate);
                    LocalDate first = weekdayOnOrAfter(t);
                    int weekdays = switch (kind) {
                        case SHORT_SICKNESS -> new int[] {1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5}
                                [rng.nextInt(20)];
                        case MEDIUM_SICKNESS -> rng.nextInt(6, 20);
                        case LONG_SICKNESS -> 20 + (int) Math.min(180, Math.round(-Math.log(1 - rng.nextDouble()) * 30));
                        case DEPENDANTS -> rng.nextInt(1, 3);
                        case COMPASSIONATE -> rng.nextInt(1, 6);
                        case OTHER -> rng.nextInt(1, 4);
                        case UNPAID -> rng.nextInt(1, 11);
                        case INDUSTRIAL_INJURY -> rng.nextInt(3, 31);
                    };
                    LocalDate last = first;
                    for (int i = 1; i < weekdays; i++) {
                        last = weekdayOnOrAfter(last.plusDays(1));
                    }
                    if (last.isAfter(chainEnd)) {
                        last = weekdayOnOrBefore(chainEnd);
                    }
                    if (first.isAfter(chainEnd) || last.isBefore(first)) {
                        break;
                    }
                    int counted = weekdaysBetween(first, last);
                    BigDecimal lost = kind == AbsenceKind.SHORT_SICKNESS && counted == 1 && rng.nextDouble() < 0.08
                            ? new BigDecimal("0.50") : BigDecimal.valueOf(counted).setScale(2);
                    number++;
                    UUID id = demoId("absence", worker.externalId() + "/" + first + "/" + number);
                    absences.add(new DemoCouncil.Absence(id, String.format("ABS-%07d", number), worker.id(), kind.type,
                            first, last, lost));
                    if ("sickness".equals(kind.type)) {
                        reasons.add(new DemoCouncil.AbsenceSicknessReason(id, sicknessReason(rng, kind)));
                    }
                    t = last.plusDays(1 + Math.round(-Math.log(1 - rng.nextDouble()) / rate * 365.25));
                }
            }
        }
    }

    private static AbsenceKind pickKind(SplittableRandom rng, double totalRate) {
        double draw = rng.nextDouble() * totalRate;
        for (AbsenceKind kind : AbsenceKind.values()) {
            draw -= kind.perYear;
            if (draw < 0) {
                return kind;
            }
        }
        return AbsenceKind.SHORT_SICKNESS;
    }

    private static String sicknessReason(SplittableRandom rng, AbsenceKind kind) {
        return switch (kind) {
            case SHORT_SICKNESS -> pick(rng, List.of("infections", "stomach-digestive", "musculoskeletal",
                    "stress-depression-anxiety", "other"), new double[] {0.45, 0.2, 0.12, 0.1, 0.13});
            case MEDIUM_SICKNESS -> pick(rng, List.of("stress-depression-anxiety", "musculoskeletal", "surgery-recovery",
                    "infections", "other"), new double[] {0.3, 0.25, 0.15, 0.15, 0.15});
            default -> pick(rng, List.of("stress-depression-anxiety", "musculoskeletal", "surgery-recovery",
                    "pregnancy-related", "other"), new double[] {0.5, 0.18, 0.15, 0.07, 0.1});
        };
    }

    // ---------------- leaving ----------------

    private List<DemoCouncil.Leaving> leavings(SplittableRandom rng) {
        List<String> reasons = List.of("caseload-workload", "management-support", "pay", "career-progression",
                "working-conditions", "moved-to-agency", "relocation", "retirement", "family-reasons", "health",
                "dismissal", "not-known");
        double[] weights = {0.15, 0.07, 0.08, 0.15, 0.08, 0.1, 0.1, 0.08, 0.08, 0.04, 0.02, 0.05};
        List<DemoCouncil.Leaving> leavings = new ArrayList<>();
        int number = 0;
        for (DemoCouncil.Worker worker : workers) {
            for (List<DemoCouncil.Assignment> chain : chains(historyByWorker.get(worker.id()), true)) {
                DemoCouncil.Assignment last = chain.get(chain.size() - 1);
                if (last.endDate() == null || last.endDate().isAfter(endDate) || last.endDate().isBefore(windowStart)) {
                    continue;
                }
                String reason = DemoCouncilGenerator.FIXED_TERM.equals(last.employmentType()) && rng.nextDouble() < 0.65
                        ? "end-of-fixed-term" : pick(rng, reasons, weights);
                boolean interviewed = rng.nextDouble()
                        < (DemoCouncilGenerator.FIXED_TERM.equals(last.employmentType()) ? 0.45 : 0.62);
                number++;
                leavings.add(new DemoCouncil.Leaving(demoId("leaving", worker.externalId() + "/" + last.endDate()),
                        String.format("LVR-%06d", number), worker.id(), last.endDate(), reason, interviewed));
            }
        }
        leavings.sort(Comparator.comparing(DemoCouncil.Leaving::leavingDate));
        return leavings;
    }

    // ---------------- targets ----------------

    private List<DemoCouncil.MeasureTarget> targets() {
        List<DemoCouncil.MeasureTarget> targets = new ArrayList<>();
        addTarget(targets, DemoCouncilGenerator.SERVICE_CHILD_PROTECTION, "agencyRate", "15.0", "lower-is-better", "5.0");
        addTarget(targets, "Court and Pre-proceedings", "averageCaseload", "12.0", "lower-is-better", "2.0");
        addTarget(targets, "Front Door MASH", "unallocatedCases", "5.0", "lower-is-better", "5.0");
        addTarget(targets, DemoCouncilGenerator.MANAGER1_TEAM, "supervisionCompliance", "100.0", "higher-is-better",
                "10.0");
        addTarget(targets, DemoCouncilGenerator.SERVICE_LOOKED_AFTER, "stability24Months", "75.0", "higher-is-better",
                "10.0");
        return targets;
    }

    private void addTarget(List<DemoCouncil.MeasureTarget> targets, String nodeName, String measure, String target,
            String direction, String tolerance) {
        for (DemoCouncil.OrgNode node : orgNodes) {
            if (node.name().equals(nodeName)) {
                targets.add(new DemoCouncil.MeasureTarget(demoId("measure-target", measure + "/" + node.id()), measure,
                        node.id(), new BigDecimal(target), direction, new BigDecimal(tolerance), "lead"));
                return;
            }
        }
    }

    // ---------------- helpers ----------------

    /**
     * Splits a worker's history into chains of assignments with no gap between them (only employed ones
     * when {@code employedOnly}): continuous service.
     */
    private static List<List<DemoCouncil.Assignment>> chains(List<DemoCouncil.Assignment> history,
            boolean employedOnly) {
        List<List<DemoCouncil.Assignment>> chains = new ArrayList<>();
        List<DemoCouncil.Assignment> current = null;
        for (DemoCouncil.Assignment a : history) {
            if (employedOnly && DemoCouncilGenerator.AGENCY.equals(a.employmentType())) {
                current = null;
                continue;
            }
            DemoCouncil.Assignment previous = current == null ? null : current.get(current.size() - 1);
            if (previous != null && previous.endDate() != null
                    && !a.startDate().isAfter(previous.endDate().plusDays(1))) {
                current.add(a);
            } else {
                current = new ArrayList<>();
                current.add(a);
                chains.add(current);
            }
        }
        return chains;
    }

    /** The last day of a chain that the demo knows about (its end, or the end date while it continues). */
    private LocalDate lastDay(List<DemoCouncil.Assignment> chain) {
        LocalDate end = chain.get(chain.size() - 1).endDate();
        return end == null || end.isAfter(endDate) ? endDate : end;
    }

    private static DemoCouncil.Assignment activeOn(List<DemoCouncil.Assignment> chain, LocalDate day) {
        for (DemoCouncil.Assignment a : chain) {
            if (a.activeOn(day)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Who supervises and appraises: the team manager for team staff; the service manager (or else the head of
     * service) for team managers and service staff; nobody recorded for a head of service.
     */
    private UUID supervisorOf(UUID workerId, DemoCouncil.Assignment active, LocalDate day) {
        DemoCouncil.OrgNode node = nodeById.get(active.teamId());
        if ("team".equals(node.nodeType()) && !DemoCouncilGenerator.TM.equals(active.roleCode())) {
            UUID manager = managerOn(node.id(), DemoCouncilGenerator.TM, day);
            if (manager != null && !manager.equals(workerId)) {
                return manager;
            }
        }
        UUID service = "team".equals(node.nodeType()) ? node.parentId() : node.id();
        if (DemoCouncilGenerator.HOS.equals(active.roleCode())) {
            return null;
        }
        if (!DemoCouncilGenerator.SM.equals(active.roleCode())) {
            UUID serviceManager = managerOn(service, DemoCouncilGenerator.SM, day);
            if (serviceManager != null && !serviceManager.equals(workerId)) {
                return serviceManager;
            }
        }
        UUID head = managerOn(service, DemoCouncilGenerator.HOS, day);
        return head != null && !head.equals(workerId) ? head : null;
    }

    private UUID managerOn(UUID nodeId, String role, LocalDate day) {
        List<DemoCouncil.Assignment> list = managers.getOrDefault(nodeId, Map.of()).get(role);
        if (list == null) {
            return null;
        }
        for (DemoCouncil.Assignment a : list) {
            if (a.activeOn(day)) {
                return a.workerId();
            }
        }
        return null;
    }

    private static OffsetDateTime recordedAt(LocalDate day, int daysLater) {
        LocalDate recorded = weekdayOnOrAfter(day.plusDays(daysLater));
        return OffsetDateTime.of(recorded, LocalTime.of(16, 30), ZoneOffset.UTC);
    }

    static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    static LocalDate weekdayOnOrBefore(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Mondays to Fridays from {@code first} to {@code last}, both included. */
    static int weekdaysBetween(LocalDate first, LocalDate last) {
        int count = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isWeekday(d)) {
                count++;
            }
        }
        return count;
    }

    private static <T> T pick(SplittableRandom rng, List<T> options, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = rng.nextDouble() * total;
        for (int i = 0; i < options.size(); i++) {
            draw -= weights[i];
            if (draw < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
