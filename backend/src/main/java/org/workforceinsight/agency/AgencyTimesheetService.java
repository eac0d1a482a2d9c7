package org.workforceinsight.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.workforceinsight.api.model.AgencyTimesheet;
import org.workforceinsight.api.model.AgencyTimesheetInput;
import org.workforceinsight.api.model.ChargeBasis;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.security.AccessScope;
import org.workforceinsight.shared.KeptRecordService;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;

/**
 * What agencies charged, one timesheet per assignment and week. Charges are commercial detail: the resource
 * lets only workforce leads, senior managers (to read, in their scope) and machine-write clients reach this.
 */
@ApplicationScoped
public class AgencyTimesheetService implements KeptRecordService<AgencyTimesheet, AgencyTimesheetInput> {

    /** The record type in history, as the contract names it. */
    public static final String RECORD_TYPE = "agency-timesheet";

    private static final KeptRecords.Kind<AgencyTimesheet> KIND = KeptRecords.Kind.of(RECORD_TYPE,
            "agency timesheet", "agency_timesheet", "id");

    /** Hours in a week, the most an hourly timesheet can charge. */
    private static final double MOST_HOURS = 168;

    /** Days in a week, the most a daily timesheet can charge. */
    private static final double MOST_DAYS = 7;

    @Inject
    EntityManager em;

    @Inject
    KeptRecords records;

    /** One timesheet with its version: 404 when unknown, 403 when its assignment's team is outside the scope. */
    @Override
    @Transactional
    public Versioned<AgencyTimesheet> get(AccessScope scope, UUID timesheetId) {
        return records.shown(KIND, read(scope, timesheetId));
    }

    @SuppressWarnings("unchecked")
    private Versioned<AgencyTimesheet> read(AccessScope scope, UUID timesheetId) {
        List<Tuple> rows = em.createNativeQuery("SELECT t.id, t.assignment_id, t.week_ending, t.units, t.rate, "
                        + "t.version, a.team_id, ag.charge_basis FROM agency_timesheet t "
                        + "JOIN agency_assignment ag ON ag.assignment_id = t.assignment_id "
                        + "JOIN assignment a ON a.id = t.assignment_id WHERE t.id = :id", Tuple.class)
                .setParameter("id", timesheetId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no agency timesheet " + timesheetId + ".");
        }
        Tuple t = rows.get(0);
        if (!scope.canOpen(Rows.uuid(t.get("team_id")))) {
            throw ProblemException.forbidden("The agency timesheet " + timesheetId + " is outside your access scope.");
        }
        return new Versioned<>(new AgencyTimesheet()
                .id(Rows.uuid(t.get("id")))
                .assignmentId(Rows.uuid(t.get("assignment_id")))
                .weekEnding(Rows.date(t.get("week_ending")))
                .units(Rows.decimal(t.get("units")).doubleValue())
                .rate(Rows.decimal(t.get("rate")).doubleValue())
                .chargeBasis(ChargeBasis.fromValue(Rows.string(t.get("charge_basis")))),
                Rows.count(t.get("version")));
    }

    /** The timesheet's changes, newest first. */
    @Override
    @Transactional
    public RecordChangePage history(AccessScope scope, UUID timesheetId, Paging paging) {
        return records.history(KIND, scope, timesheetId, paging, () -> read(scope, timesheetId));
    }

    /**
     * Records a timesheet after checking every field (400 naming each): a known agency assignment, a week that
     * overlaps it, units a week can hold in the assignment's charge basis. A second timesheet of the same
     * assignment and week is 409.
     */
    @Override
    @Transactional
    public Versioned<AgencyTimesheet> record(AccessScope scope, AgencyTimesheetInput input) {
        check(scope, input, null);
        UUID id = UUID.randomUUID();
        records.insert(KIND, id, columns(input));
        return records.created(KIND, id, read(scope, id), input);
    }

    /** Corrects a timesheet (every field) under the checks of {@link #record}; 412 when the version is stale. */
    @Override
    @Transactional
    public Versioned<AgencyTimesheet> update(AccessScope scope, UUID timesheetId, long expectedVersion,
                                             AgencyTimesheetInput input) {
        return records.update(KIND, timesheetId, expectedVersion, () -> read(scope, timesheetId), before -> {
            check(scope, input, timesheetId);
            return columns(input);
        });
    }

    /** Deletes a timesheet; 412 when the version is stale. */
    @Override
    @Transactional
    public void delete(AccessScope scope, UUID timesheetId, long expectedVersion) {
        records.delete(KIND, timesheetId, expectedVersion, () -> read(scope, timesheetId));
    }

    private static KeptRecords.Columns columns(AgencyTimesheetInput input) {
        return new KeptRecords.Columns()
                .set("assignment_id", input.getAssignmentId())
                .set("week_ending", input.getWeekEnding())
                .set("units", BigDecimal.valueOf(input.getUnits()))
                .set("rate", BigDecimal.valueOf(input.getRate()));
    }

    @SuppressWarnings("unchecked")
    private void check(AccessScope scope, AgencyTimesheetInput input, UUID self) {
        List<Violation> violations = new ArrayList<>();
        List<Tuple> assignment = input.getAssignmentId() == null ? List.of() : em.createNativeQuery(
                        "SELECT a.start_date, a.end_date, a.team_id, ag.charge_basis FROM agency_assignment ag "
                                + "JOIN assignment a ON a.id = ag.assignment_id WHERE ag.assignment_id = :id", Tuple.class)
                .setParameter("id", input.getAssignmentId()).getResultList();
        if (input.getAssignmentId() != null && assignment.isEmpty()) {
            violations.add(new Violation().field("assignmentId").detail("is not a known agency assignment"));
        }
        if (!assignment.isEmpty()) {
            Tuple a = assignment.get(0);
            LocalDate start = Rows.date(a.get("start_date"));
            LocalDate end = Rows.date(a.get("end_date"));
            LocalDate week = input.getWeekEnding();
            if (week != null && (week.isBefore(start) || (end != null && week.minusDays(6).isAfter(end)))) {
                violations.add(new Violation().field("weekEnding").detail("the week ending " + week
                        + " does not overlap the assignment (" + start + " to " + (end == null ? "open" : end) + ")"));
            }
            if ("daily".equals(Rows.string(a.get("charge_basis"))) && input.getUnits() != null
                    && input.getUnits() > MOST_DAYS) {
                violations.add(new Violation().field("units").detail("must be at most 7 days for a daily charge"));
            }
            if (!scope.canOpen(Rows.uuid(a.get("team_id")))) {
                throw ProblemException.forbidden("The agency assignment " + input.getAssignmentId()
                        + " is outside your access scope.");
            }
        }
        if (input.getUnits() != null && input.getUnits() > MOST_HOURS) {
            violations.add(new Violation().field("units").detail("must be at most 168 hours"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        if (Rows.count(em.createNativeQuery("SELECT count(*) FROM agency_timesheet WHERE assignment_id = :assignment "
                        + "AND week_ending = :week AND (CAST(:self AS uuid) IS NULL OR id <> CAST(:self AS uuid))")
                .setParameter("assignment", input.getAssignmentId()).setParameter("week", input.getWeekEnding())
                .setParameter("self", self == null ? null : self.toString()).getSingleResult()) > 0) {
            throw ProblemException.conflict("The agency assignment " + input.getAssignmentId()
                    + " already has a timesheet for the week ending " + input.getWeekEnding() + ".");
        }
    }
}
