package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads {@link MeasureConfig} from the configuration tables (caseload_threshold, case_weight,
 * supervision_policy, measure_setting, agency_price_cap) and the council's region from org_node. A
 * setting or weight missing from the tables takes the migration's default ({@link MeasureConfig#defaults}).
 */
@ApplicationScoped
public class MeasureConfigRepository {

    @Inject
    DataSource dataSource;

    public MeasureConfig load() {
        try (Connection connection = dataSource.getConnection()) {
            String region = councilRegion(connection);
            MeasureConfig defaults = MeasureConfig.defaults(region);

            Map<String, Integer> thresholds = new HashMap<>(defaults.caseloadThresholds());
            int asyeThreshold = defaults.asyeCaseloadThreshold();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT role_code, applies_to_asye, max_cases FROM caseload_threshold")) {
                while (rs.next()) {
                    if (rs.getBoolean(2)) {
                        asyeThreshold = rs.getInt(3);
                    } else if (rs.getString(1) != null) {
                        thresholds.put(rs.getString(1), rs.getInt(3));
                    }
                }
            }

            Map<String, BigDecimal> weights = new HashMap<>(defaults.caseWeights());
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT case_type, points FROM case_weight")) {
                while (rs.next()) {
                    weights.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }

            List<MeasureConfig.SupervisionRule> rules = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT role_code, asye_from_day, asye_to_day, interval_days, "
                         + "supervised FROM supervision_policy ORDER BY id")) {
                while (rs.next()) {
                    rules.add(new MeasureConfig.SupervisionRule(rs.getString(1), rs.getObject(2, Integer.class),
                            rs.getObject(3, Integer.class), rs.getInt(4), rs.getBoolean(5)));
                }
            }

            Map<String, BigDecimal> settings = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT key, value FROM measure_setting")) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }

            List<MeasureConfig.PriceCap> caps = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT region, job_type, valid_from, "
                    + "hourly_cap FROM agency_price_cap WHERE region = ? ORDER BY job_type, valid_from")) {
                statement.setString(1, region);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        caps.add(new MeasureConfig.PriceCap(rs.getString(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)));
                    }
                }
            }

            return new MeasureConfig(Map.copyOf(thresholds), asyeThreshold, Map.copyOf(weights),
                    decimal(settings, "caseload.capacity-points-per-fte", defaults.capacityPointsPerFte()),
                    decimal(settings, "caseload.asye-capacity-points-per-fte", defaults.asyeCapacityPointsPerFte()),
                    rules.isEmpty() ? defaults.supervisionRules() : List.copyOf(rules),
                    whole(settings, "supervision.minimum-minutes", defaults.supervisionMinimumMinutes()),
                    whole(settings, "appraisal.minimum-service-months", defaults.appraisalMinimumServiceMonths()),
                    whole(settings, "appraisal.interval-months", defaults.appraisalIntervalMonths()),
                    decimal(settings, "absence.long-term-working-days", defaults.longTermAbsenceWorkingDays()),
                    decimal(settings, "absence.bradford-trigger", defaults.bradfordTrigger()),
                    decimal(settings, "agency.minimum-pqe-years", defaults.agencyMinimumPqeYears()),
                    whole(settings, "agency.cool-off-months", defaults.agencyCoolOffMonths()),
                    whole(settings, "agency.minimum-notice-days", defaults.agencyMinimumNoticeDays()),
                    decimal(settings, "agency.hours-per-day", defaults.agencyHoursPerDay()),
                    List.copyOf(caps), region);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the measure configuration", e);
        }
    }

    /** The council's DfE region (the first council by name, as the organisation tree picks it). */
    private static String councilRegion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT region FROM org_node WHERE node_type = 'council' "
                     + "ORDER BY lower(name), id LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static BigDecimal decimal(Map<String, BigDecimal> settings, String key, BigDecimal fallback) {
        return settings.getOrDefault(key, fallback);
    }

    private static int whole(Map<String, BigDecimal> settings, String key, int fallback) {
        BigDecimal value = settings.get(key);
        return value == null ? fallback : value.intValue();
    }
}
