package org.workforceinsight.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.workforceinsight.api.model.CaseloadThresholdInput;
import org.workforceinsight.api.model.CaseloadThresholdRecord;
import org.workforceinsight.api.model.MeasureSetting;
import org.workforceinsight.api.model.MeasureSettingInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;
import org.workforceinsight.shared.VersionedRows;

/**
 * The settings and caseload thresholds the measures read, changed one at a time by workforce leads, each with
 * a version and a history. Their keys are fixed (the measures look each one up), so they are changed, never
 * created or deleted here.
 */
@ApplicationScoped
public class ConfigurationRecordService {

    /** Record types in history, as the contract names them. */
    public static final String SETTING = "measure-setting";
    public static final String THRESHOLD = "caseload-threshold";

    /** The threshold key of workers in their ASYE, who have a threshold of their own whatever their role. */
    public static final String ASYE = "asye";

    @Inject
    EntityManager em;

    @Inject
    RecordHistory history;

    @Transactional
    public Versioned<MeasureSetting> setting(String key) {
        return readSetting(key);
    }

    @SuppressWarnings("unchecked")
    private Versioned<MeasureSetting> readSetting(String key) {
        List<Tuple> rows = em.createNativeQuery("SELECT key, value, description, version FROM measure_setting "
                + "WHERE key = :key", Tuple.class).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no setting " + key + ".");
        }
        Tuple t = rows.get(0);
        return new Versioned<>(new MeasureSetting().key(Rows.string(t.get("key")))
                .value(Rows.decimal(t.get("value")).doubleValue()).description(Rows.string(t.get("description"))),
                Rows.count(t.get("version")));
    }

    @Transactional
    public RecordChangePage settingHistory(String key, Paging paging) {
        readSetting(key);
        return history.page(SETTING, key, paging);
    }

    /** Changes a setting's value: 404 for an unknown key, 412 when stale, 400 for more than two decimals. */
    @Transactional
    public Versioned<MeasureSetting> updateSetting(String key, long expectedVersion, MeasureSettingInput input) {
        Versioned<MeasureSetting> before = readSetting(key);
        ETags.requireCurrent(before.version(), expectedVersion, "setting " + key);
        BigDecimal value = BigDecimal.valueOf(input.getValue());
        if (value.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalidField("value", "must have at most two decimal places");
        }
        int rows = em.createNativeQuery("UPDATE measure_setting SET value = :value, version = version + 1 "
                        + "WHERE key = :key AND version = :version")
                .setParameter("value", value).setParameter("key", key).setParameter("version", expectedVersion)
                .executeUpdate();
        VersionedRows.requireChanged(em, rows, "measure_setting", "key", key, "setting");
        Versioned<MeasureSetting> after = readSetting(key);
        history.api(SETTING, key, after.version(), RecordHistory.ChangeType.UPDATED, before.body(), after.body());
        return after;
    }

    @Transactional
    public Versioned<CaseloadThresholdRecord> threshold(String key) {
        return readThreshold(key);
    }

    @SuppressWarnings("unchecked")
    private Versioned<CaseloadThresholdRecord> readThreshold(String key) {
        List<Tuple> rows;
        if (!ASYE.equals(key)) {
            rows = em.createNativeQuery("SELECT role_code, max_cases, version FROM caseload_threshold "
                    + "WHERE role_code = :key", Tuple.class).setParameter("key", key).getResultList();
        } else {
            rows = em.createNativeQuery("SELECT role_code, max_cases, version FROM caseload_threshold "
                    + "WHERE applies_to_asye", Tuple.class).getResultList();
        }
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no caseload threshold " + key + ".");
        }
        Tuple t = rows.get(0);
        String role = Rows.string(t.get("role_code"));
        return new Versioned<>(new CaseloadThresholdRecord().key(key)
                .role(role == null ? null : RoleCode.fromValue(role))
                .maxCases(Rows.integer(t.get("max_cases"))), Rows.count(t.get("version")));
    }

    @Transactional
    public RecordChangePage thresholdHistory(String key, Paging paging) {
        readThreshold(key);
        return history.page(THRESHOLD, key, paging);
    }

    /** Changes a caseload threshold: 404 for an unknown key, 412 when stale. */
    @Transactional
    public Versioned<CaseloadThresholdRecord> updateThreshold(String key, long expectedVersion,
                                                              CaseloadThresholdInput input) {
        Versioned<CaseloadThresholdRecord> before = readThreshold(key);
        ETags.requireCurrent(before.version(), expectedVersion, "caseload threshold " + key);
        int rows = em.createNativeQuery("UPDATE caseload_threshold SET max_cases = :max, version = version + 1 WHERE "
                        + (ASYE.equals(key) ? "applies_to_asye AND CAST(:key AS text) IS NOT NULL" : "role_code = :key")
                        + " AND version = :version")
                .setParameter("max", input.getMaxCases()).setParameter("key", key)
                .setParameter("version", expectedVersion).executeUpdate();
        if (rows == 0) {
            // the threshold exists (read above), so someone changed it meanwhile
            throw ProblemException.preconditionFailed("The caseload threshold " + key
                    + " was changed by someone else meanwhile; read it again and repeat the change.");
        }
        Versioned<CaseloadThresholdRecord> after = readThreshold(key);
        history.api(THRESHOLD, key, after.version(), RecordHistory.ChangeType.UPDATED, before.body(), after.body());
        return after;
    }
}
