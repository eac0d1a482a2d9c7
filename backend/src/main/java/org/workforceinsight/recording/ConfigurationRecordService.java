package org.workforceinsight.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.workforceinsight.api.model.AgencyJobType;
import org.workforceinsight.api.model.AgencyPriceCap;
import org.workforceinsight.api.model.AgencyPriceCapChange;
import org.workforceinsight.api.model.AgencyPriceCapInput;
import org.workforceinsight.api.model.CaseloadThresholdInput;
import org.workforceinsight.api.model.CaseloadThresholdRecord;
import org.workforceinsight.api.model.MeasureSetting;
import org.workforceinsight.api.model.MeasureSettingInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.KeptRecords;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;
import org.workforceinsight.shared.Versioned;

/**
 * The settings, caseload thresholds and agency price caps the measures read, changed one at a time by workforce
 * leads, each with a version and a history. Settings and thresholds have fixed keys (the measures look each
 * one up), so they are changed, never created or deleted; price caps come and go by region, job type and date.
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

    @Inject
    KeptRecords records;

    /** Settings are found by their key, which the answer to a stale version names. */
    private static final KeptRecords.Kind<MeasureSetting> SETTING_KIND = KeptRecords.Kind
            .<MeasureSetting>of(SETTING, "setting", "measure_setting", "key").namedByKey();

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
        return records.update(SETTING_KIND, key, expectedVersion, () -> readSetting(key),
                before -> new KeptRecords.Columns().set("value", twoDecimals(input.getValue(), "value")));
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

    /** The record type of agency price caps in history. */
    public static final String PRICE_CAP = "agency-price-cap";

    /** A cap's id in history: its region, job type and first day. */
    private static String capId(String region, AgencyJobType jobType, LocalDate validFrom) {
        return region + "|" + jobType + "|" + validFrom;
    }

    @Transactional
    public Versioned<AgencyPriceCap> priceCap(String region, AgencyJobType jobType, LocalDate validFrom) {
        return readCap(region, jobType, validFrom);
    }

    @SuppressWarnings("unchecked")
    private Versioned<AgencyPriceCap> readCap(String region, AgencyJobType jobType, LocalDate validFrom) {
        List<Tuple> rows = em.createNativeQuery("SELECT region, job_type, valid_from, hourly_cap, version "
                        + "FROM agency_price_cap WHERE region = :region AND job_type = :jobType AND valid_from = :from",
                        Tuple.class)
                .setParameter("region", region).setParameter("jobType", jobType.toString())
                .setParameter("from", validFrom).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no " + jobType + " price cap for " + region + " from "
                    + validFrom + ".");
        }
        Tuple t = rows.get(0);
        return new Versioned<>(new AgencyPriceCap().region(Rows.string(t.get("region")))
                .jobType(AgencyJobType.fromValue(Rows.string(t.get("job_type"))))
                .validFrom(Rows.date(t.get("valid_from")))
                .hourlyCap(Rows.decimal(t.get("hourly_cap")).doubleValue()), Rows.count(t.get("version")));
    }

    @Transactional
    public RecordChangePage priceCapHistory(String region, AgencyJobType jobType, LocalDate validFrom,
                                            Paging paging) {
        String id = capId(region, jobType, validFrom);
        if (!history.exists(PRICE_CAP, id)) {
            readCap(region, jobType, validFrom);
        }
        return history.page(PRICE_CAP, id, paging);
    }

    /** Adds a cap: 400 for more than two decimals or a blank region, 409 when the three already have one. */
    @Transactional
    public Versioned<AgencyPriceCap> recordPriceCap(AgencyPriceCapInput input) {
        String region = input.getRegion().trim();
        if (region.isEmpty()) {
            throw ProblemException.invalidField("region", "must not be blank");
        }
        BigDecimal cap = twoDecimals(input.getHourlyCap(), "hourlyCap");
        if (Rows.count(em.createNativeQuery("SELECT count(*) FROM agency_price_cap WHERE region = :region "
                        + "AND job_type = :jobType AND valid_from = :from")
                .setParameter("region", region).setParameter("jobType", input.getJobType().toString())
                .setParameter("from", input.getValidFrom()).getSingleResult()) > 0) {
            throw ProblemException.conflict("There is already a " + input.getJobType() + " price cap for " + region
                    + " from " + input.getValidFrom() + ".");
        }
        em.createNativeQuery("INSERT INTO agency_price_cap (region, job_type, valid_from, hourly_cap, version) "
                        + "VALUES (:region, :jobType, :from, :cap, 1)")
                .setParameter("region", region).setParameter("jobType", input.getJobType().toString())
                .setParameter("from", input.getValidFrom()).setParameter("cap", cap).executeUpdate();
        Versioned<AgencyPriceCap> created = readCap(region, input.getJobType(), input.getValidFrom());
        history.api(PRICE_CAP, capId(region, input.getJobType(), input.getValidFrom()), created.version(),
                RecordHistory.ChangeType.CREATED, null, created.body());
        return created;
    }

    /** Changes a cap's hourly amount: 404 when unknown, 412 when stale, 400 for more than two decimals. */
    @Transactional
    public Versioned<AgencyPriceCap> updatePriceCap(String region, AgencyJobType jobType, LocalDate validFrom,
                                                    long expectedVersion, AgencyPriceCapChange change) {
        Versioned<AgencyPriceCap> before = readCap(region, jobType, validFrom);
        ETags.requireCurrent(before.version(), expectedVersion, "price cap");
        BigDecimal cap = twoDecimals(change.getHourlyCap(), "hourlyCap");
        int rows = em.createNativeQuery("UPDATE agency_price_cap SET hourly_cap = :cap, version = version + 1 "
                        + "WHERE region = :region AND job_type = :jobType AND valid_from = :from AND version = :version")
                .setParameter("cap", cap).setParameter("region", region).setParameter("jobType", jobType.toString())
                .setParameter("from", validFrom).setParameter("version", expectedVersion).executeUpdate();
        requireOne(rows, region, jobType, validFrom);
        Versioned<AgencyPriceCap> after = readCap(region, jobType, validFrom);
        history.api(PRICE_CAP, capId(region, jobType, validFrom), after.version(), RecordHistory.ChangeType.UPDATED,
                before.body(), after.body());
        return after;
    }

    /** Removes a cap; 412 when stale. */
    @Transactional
    public void deletePriceCap(String region, AgencyJobType jobType, LocalDate validFrom, long expectedVersion) {
        Versioned<AgencyPriceCap> before = readCap(region, jobType, validFrom);
        ETags.requireCurrent(before.version(), expectedVersion, "price cap");
        int rows = em.createNativeQuery("DELETE FROM agency_price_cap WHERE region = :region AND job_type = :jobType "
                        + "AND valid_from = :from AND version = :version")
                .setParameter("region", region).setParameter("jobType", jobType.toString())
                .setParameter("from", validFrom).setParameter("version", expectedVersion).executeUpdate();
        requireOne(rows, region, jobType, validFrom);
        history.api(PRICE_CAP, capId(region, jobType, validFrom), before.version(), RecordHistory.ChangeType.DELETED,
                before.body(), null);
    }

    private void requireOne(int rows, String region, AgencyJobType jobType, LocalDate validFrom) {
        if (rows == 0) {
            boolean gone = Rows.count(em.createNativeQuery("SELECT count(*) FROM agency_price_cap WHERE region = :region "
                            + "AND job_type = :jobType AND valid_from = :from")
                    .setParameter("region", region).setParameter("jobType", jobType.toString())
                    .setParameter("from", validFrom).getSingleResult()) == 0;
            throw gone ? ProblemException.notFound("The price cap is gone.")
                    : ProblemException.preconditionFailed("The price cap was changed by someone else meanwhile; "
                    + "read it again and repeat the change.");
        }
    }

    /** 400 for a figure with more than two decimal places, which the columns of configuration cannot keep. */
    static BigDecimal twoDecimals(Double value, String field) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        if (decimal.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalidField(field, "must have at most two decimal places");
        }
        return decimal;
    }
}
