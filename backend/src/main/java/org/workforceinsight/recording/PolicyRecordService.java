package org.workforceinsight.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.workforceinsight.api.model.CaseType;
import org.workforceinsight.api.model.CaseWeightInput;
import org.workforceinsight.api.model.CaseWeightRecord;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.api.model.SupervisionPolicyInput;
import org.workforceinsight.api.model.SupervisionPolicyRecord;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.shared.VersionedRows;

/**
 * The supervision policy and the case weights, changed one rule or weight at a time by workforce leads, each
 * with a version and a history, as {@link ConfigurationRecordService} does for settings and thresholds.
 *
 * <p>A supervision rule is found by a key: a role code, {@code asye-<first day>} for an ASYE stage, or
 * {@code default}. Roles have no rule until a lead gives them one, and until then follow the default; such a
 * role reads as the default's figures at version 0, so the first change names {@code "0"} in If-Match like
 * any other stale-or-current check, and two leads giving the same role its first rule cannot both succeed.
 */
@ApplicationScoped
public class PolicyRecordService {

    /** Record types in history, as the contract names them. */
    public static final String SUPERVISION_POLICY = "supervision-policy";
    public static final String CASE_WEIGHT = "case-weight";

    static final String DEFAULT = "default";
    private static final String ASYE_PREFIX = "asye-";

    @Inject
    EntityManager em;

    @Inject
    RecordHistory history;

    @Inject
    KeptRecords records;

    /** Case weights are found by their case type, which the answer to a stale version names. */
    private static final KeptRecords.Kind<CaseWeightRecord> CASE_WEIGHT_KIND = KeptRecords.Kind
            .<CaseWeightRecord>of(CASE_WEIGHT, "case weight", "case_weight", "case_type").namedByKey();

    /** A rule as read: the API's view and the row it came from (null for a role following the default). */
    private record Rule(Versioned<SupervisionPolicyRecord> record, Integer rowId) {
    }

    @Transactional
    public Versioned<SupervisionPolicyRecord> supervisionPolicy(String key) {
        return readRule(key).record();
    }

    @Transactional
    public RecordChangePage supervisionPolicyHistory(String key, Paging paging) {
        readRule(key);
        return history.page(SUPERVISION_POLICY, key, paging);
    }

    /** Changes a rule, or gives a role its own from version 0: 404 for an unknown key, 412 when stale. */
    @Transactional
    public Versioned<SupervisionPolicyRecord> updateSupervisionPolicy(String key, long expectedVersion,
                                                                      SupervisionPolicyInput input) {
        Rule before = readRule(key);
        ETags.requireCurrent(before.record().version(), expectedVersion, "supervision rule " + key);
        if (before.rowId() == null) {
            // ON CONFLICT: a lead who gave the role its rule a moment ago makes this a stale change, not a 500
            int rows = em.createNativeQuery("INSERT INTO supervision_policy (role_code, interval_days, supervised, "
                            + "version) VALUES (:role, :interval, :supervised, 1) "
                            + "ON CONFLICT (role_code) WHERE role_code IS NOT NULL DO NOTHING")
                    .setParameter("role", key).setParameter("interval", input.getIntervalDays())
                    .setParameter("supervised", input.getSupervised()).executeUpdate();
            if (rows == 0) {
                throw ProblemException.preconditionFailed("The supervision rule " + key
                        + " was given by someone else meanwhile; read it again and repeat the change.");
            }
            Versioned<SupervisionPolicyRecord> created = readRule(key).record();
            history.api(SUPERVISION_POLICY, key, created.version(), RecordHistory.ChangeType.CREATED, null,
                    created.body());
            return created;
        }
        int rows = em.createNativeQuery("UPDATE supervision_policy SET interval_days = :interval, "
                        + "supervised = :supervised, version = version + 1 WHERE id = :id AND version = :version")
                .setParameter("interval", input.getIntervalDays()).setParameter("supervised", input.getSupervised())
                .setParameter("id", before.rowId()).setParameter("version", expectedVersion).executeUpdate();
        VersionedRows.requireChanged(em, rows, "supervision_policy", "id", before.rowId(), "supervision rule");
        Versioned<SupervisionPolicyRecord> after = readRule(key).record();
        history.api(SUPERVISION_POLICY, key, after.version(), RecordHistory.ChangeType.UPDATED,
                before.record().body(), after.body());
        return after;
    }

    private Rule readRule(String key) {
        if (DEFAULT.equals(key)) {
            return ruleOf(key, rules("WHERE role_code IS NULL AND asye_from_day IS NULL", null, null), false)
                    .orElseThrow(() -> unknownRule(key));
        }
        if (key.startsWith(ASYE_PREFIX)) {
            Integer fromDay = day(key.substring(ASYE_PREFIX.length()));
            if (fromDay == null) {
                throw unknownRule(key);
            }
            return ruleOf(key, rules("WHERE asye_from_day = :day", "day", fromDay), false)
                    .orElseThrow(() -> unknownRule(key));
        }
        if (Rows.count(em.createNativeQuery("SELECT count(*) FROM role WHERE code = :code")
                .setParameter("code", key).getSingleResult()) == 0) {
            throw unknownRule(key);
        }
        return ruleOf(key, rules("WHERE role_code = :role", "role", key), false)
                .or(() -> ruleOf(key, rules("WHERE role_code IS NULL AND asye_from_day IS NULL", null, null), true))
                .orElseThrow(() -> unknownRule(key));
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rules(String where, String parameter, Object value) {
        var query = em.createNativeQuery("SELECT id, role_code, asye_from_day, asye_to_day, interval_days, supervised, "
                + "version FROM supervision_policy " + where, Tuple.class);
        if (parameter != null) {
            query.setParameter(parameter, value);
        }
        return query.getResultList();
    }

    /** The rule a key names; {@code inherited} when a role is shown the default's figures as its own. */
    private static Optional<Rule> ruleOf(String key, List<Tuple> rows, boolean inherited) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple t = rows.get(0);
        String role = inherited ? key : Rows.string(t.get("role_code"));
        SupervisionPolicyRecord body = new SupervisionPolicyRecord().key(key)
                .role(role == null ? null : RoleCode.fromValue(role))
                .asyeFromDay(Rows.integer(t.get("asye_from_day")))
                .asyeToDay(Rows.integer(t.get("asye_to_day")))
                .intervalDays(Rows.integer(t.get("interval_days")))
                .supervised(Boolean.TRUE.equals(t.get("supervised")))
                .ownRule(!inherited);
        return Optional.of(new Rule(new Versioned<>(body, inherited ? 0 : Rows.count(t.get("version"))),
                inherited ? null : Rows.integer(t.get("id"))));
    }

    private static Integer day(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ProblemException unknownRule(String key) {
        return ProblemException.notFound("There is no supervision rule " + key + ".");
    }

    @Transactional
    public Versioned<CaseWeightRecord> caseWeight(String caseType) {
        return readWeight(caseType);
    }

    @Transactional
    public RecordChangePage caseWeightHistory(String caseType, Paging paging) {
        readWeight(caseType);
        return history.page(CASE_WEIGHT, caseType, paging);
    }

    /** Changes a case weight: 404 for an unknown case type, 412 when stale, 400 for more than two decimals. */
    @Transactional
    public Versioned<CaseWeightRecord> updateCaseWeight(String caseType, long expectedVersion, CaseWeightInput input) {
        return records.update(CASE_WEIGHT_KIND, caseType, expectedVersion, () -> readWeight(caseType),
                before -> new KeptRecords.Columns().set("points",
                        ConfigurationRecordService.twoDecimals(input.getPoints(), "points")));
    }

    @SuppressWarnings("unchecked")
    private Versioned<CaseWeightRecord> readWeight(String caseType) {
        List<Tuple> rows = em.createNativeQuery("SELECT case_type, points, version FROM case_weight "
                + "WHERE case_type = :type", Tuple.class).setParameter("type", caseType).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no case weight for " + caseType + ".");
        }
        Tuple t = rows.get(0);
        return new Versioned<>(new CaseWeightRecord().caseType(CaseType.fromValue(Rows.string(t.get("case_type"))))
                .points(Rows.decimal(t.get("points")).doubleValue()), Rows.count(t.get("version")));
    }
}
