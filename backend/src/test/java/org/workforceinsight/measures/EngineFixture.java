package org.workforceinsight.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;
import org.workforceinsight.measures.WorkforceFacts.AgencyTerms;
import org.workforceinsight.measures.WorkforceFacts.CaseloadFact;
import org.workforceinsight.measures.WorkforceFacts.ChargeBasis;
import org.workforceinsight.measures.WorkforceFacts.EmploymentType;
import org.workforceinsight.measures.WorkforceFacts.LeavingFact;
import org.workforceinsight.measures.WorkforceFacts.PostFact;
import org.workforceinsight.measures.WorkforceFacts.Stint;
import org.workforceinsight.measures.WorkforceFacts.SupervisionFact;
import org.workforceinsight.measures.WorkforceFacts.Timesheet;
import org.workforceinsight.measures.WorkforceFacts.UnallocatedFact;
import org.workforceinsight.measures.WorkforceFacts.WorkerHistory;

/** Hand-built facts for the engine tests: two teams under one service, workers described in a line or two. */
final class EngineFixture {

    static final UUID TEAM_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID TEAM_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID SERVICE = UUID.fromString("00000000-0000-0000-0000-000000000005");
    /** The service and both its teams. */
    static final Set<UUID> SERVICE_NODES = Set.of(SERVICE, TEAM_A, TEAM_B);
    static final Set<UUID> A = Set.of(TEAM_A);
    static final Set<UUID> B = Set.of(TEAM_B);

    static final String SW = "social-worker";
    static final String SENIOR = "senior-practitioner";
    static final String MANAGER = "team-manager";
    static final String FSW = "family-support-worker";

    static final MeasureEngine ENGINE = new MeasureEngine(MeasureConfig.defaults("West Midlands"));

    private EngineFixture() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static int sequence;

    static UUID nextId() {
        return new UUID(0x1000, ++sequence);
    }

    static WorkerBuilder worker(String givenName, String familyName) {
        return new WorkerBuilder(givenName, familyName);
    }

    static WorkforceFacts facts(WorkerHistory... workers) {
        return facts(List.of(workers), List.of(), List.of());
    }

    static WorkforceFacts facts(List<WorkerHistory> workers, List<PostFact> posts, List<UnallocatedFact> unallocated) {
        return new WorkforceFacts(new WorkforceFacts.Window(d("2015-01-01"), d("2030-12-31")), workers, posts,
                unallocated);
    }

    static PostFact post(UUID id, UUID team, String role, String fte, String start, String end) {
        return new PostFact(id, team, role, !FSW.equals(role), n(fte), d(start), end == null ? null : d(end));
    }

    static BigDecimal value(Measure measure, WorkforceFacts facts, Set<UUID> nodes, String asAt) {
        return ENGINE.compute(measure, facts, nodes, d(asAt), null).value();
    }

    static BigDecimal value(Measure measure, WorkforceFacts facts, Set<UUID> nodes, String asAt, String periodStart) {
        return ENGINE.compute(measure, facts, nodes, d(asAt), d(periodStart)).value();
    }

    /** Asserts the shown value, scale included ("12.5" is not "12.50"); null for no value. */
    static void assertValue(String expected, Measure measure, WorkforceFacts facts, Set<UUID> nodes, String asAt) {
        assertShown(expected, value(measure, facts, nodes, asAt), measure);
    }

    static void assertValue(String expected, Measure measure, WorkforceFacts facts, Set<UUID> nodes, String asAt,
            String periodStart) {
        assertShown(expected, value(measure, facts, nodes, asAt, periodStart), measure);
    }

    static void assertShown(String expected, BigDecimal actual, Object what) {
        if (expected == null) {
            assertNull(actual, what + " has no value");
        } else {
            assertEquals(n(expected), actual, String.valueOf(what));
        }
    }

    static List<ExplanationRow> explain(Measure measure, WorkforceFacts facts, Set<UUID> nodes, String asAt) {
        return ENGINE.explain(measure, facts, nodes, d(asAt), null, false);
    }

    static List<String> familyNames(List<ExplanationRow> rows) {
        return rows.stream().map(ExplanationRow::familyName).toList();
    }

    static final class WorkerBuilder {
        private final UUID id = nextId();
        private final String givenName;
        private final String familyName;
        private LocalDate asyeStart;
        private final List<Stint> stints = new ArrayList<>();
        private final List<CaseloadFact> caseloads = new ArrayList<>();
        private final List<SupervisionFact> supervisions = new ArrayList<>();
        private final List<LocalDate> appraisals = new ArrayList<>();
        private final List<AbsenceFact> absences = new ArrayList<>();
        private final List<LeavingFact> leavings = new ArrayList<>();

        private WorkerBuilder(String givenName, String familyName) {
            this.givenName = givenName;
            this.familyName = familyName;
        }

        WorkerBuilder asye(String start) {
            asyeStart = d(start);
            return this;
        }

        /** An employed (permanent) stint; the role decides whether it is social work. */
        WorkerBuilder permanent(UUID team, String role, String fte, String start, String end) {
            return stint(team, role, EmploymentType.PERMANENT, fte, start, end, null);
        }

        WorkerBuilder fixedTerm(UUID team, String role, String fte, String start, String end) {
            return stint(team, role, EmploymentType.FIXED_TERM, fte, start, end, null);
        }

        WorkerBuilder agency(UUID team, String role, String fte, String start, String end, AgencyTerms terms) {
            return stint(team, role, EmploymentType.AGENCY, fte, start, end, terms);
        }

        WorkerBuilder stint(UUID team, String role, EmploymentType type, String fte, String start, String end,
                AgencyTerms terms) {
            stints.add(new Stint(nextId(), team, role, !FSW.equals(role), !MANAGER.equals(role), type, n(fte), d(start),
                    end == null ? null : d(end), terms));
            return this;
        }

        WorkerBuilder cases(String date, int cases) {
            caseloads.add(new CaseloadFact(d(date), cases, null, null, null, null, null, null));
            return this;
        }

        WorkerBuilder caseload(CaseloadFact fact) {
            caseloads.add(fact);
            return this;
        }

        WorkerBuilder supervision(String date, int minutes) {
            supervisions.add(new SupervisionFact(d(date), minutes, "one-to-one"));
            return this;
        }

        WorkerBuilder appraisal(String date) {
            appraisals.add(d(date));
            return this;
        }

        WorkerBuilder sickness(String first, String last, String workingDaysLost) {
            return sickness(first, last, workingDaysLost, null);
        }

        WorkerBuilder sickness(String first, String last, String workingDaysLost, String reason) {
            absences.add(new AbsenceFact(nextId(), "sickness", d(first), d(last), n(workingDaysLost), reason));
            return this;
        }

        WorkerBuilder absence(String type, String first, String last, String workingDaysLost) {
            absences.add(new AbsenceFact(nextId(), type, d(first), d(last), n(workingDaysLost), null));
            return this;
        }

        WorkerBuilder leaving(String date, String reason, Boolean insideControl, boolean exitInterview) {
            leavings.add(new LeavingFact(d(date), reason, insideControl, exitInterview));
            return this;
        }

        UUID id() {
            return id;
        }

        WorkerHistory build() {
            return new WorkerHistory(id, givenName, familyName, asyeStart, List.copyOf(stints), List.copyOf(caseloads),
                    List.copyOf(supervisions), List.copyOf(appraisals), List.copyOf(absences), List.copyOf(leavings));
        }
    }

    static AgencyTerms terms(String jobType, ChargeBasis basis, String rate, String pqe, int notice, UUID coversPost,
            String previousRegionalEnd, Timesheet... timesheets) {
        return new AgencyTerms("Acme Social Care", jobType, basis, n(rate), n(pqe), notice, coversPost,
                previousRegionalEnd == null ? null : d(previousRegionalEnd), Arrays.asList(timesheets));
    }

    /** Terms that break no rule: hourly 35.00 under the 40.00 cap, 5 years' PQE, 28 days' notice. */
    static AgencyTerms compliantTerms(UUID coversPost) {
        return terms("social-worker", ChargeBasis.HOURLY, "35.00", "5", 28, coversPost, null);
    }

    static Timesheet timesheet(String weekEnding, String units, String rate) {
        return new Timesheet(d(weekEnding), n(units), n(rate));
    }
}
