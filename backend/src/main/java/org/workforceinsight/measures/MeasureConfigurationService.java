package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.workforceinsight.api.model.AgencyJobType;
import org.workforceinsight.api.model.CaseType;
import org.workforceinsight.api.model.MeasureConfiguration;
import org.workforceinsight.api.model.MeasureConfigurationAgencyPriceCapsInner;
import org.workforceinsight.api.model.MeasureConfigurationCaseWeightsInner;
import org.workforceinsight.api.model.MeasureConfigurationCaseloadThresholdsInner;
import org.workforceinsight.api.model.MeasureConfigurationSettingsInner;
import org.workforceinsight.api.model.MeasureConfigurationSupervisionPolicyInner;
import org.workforceinsight.api.model.RoleCode;
import org.workforceinsight.caseload.CaseloadThresholds;
import org.workforceinsight.shared.Rows;

/** The configuration tables the measures read, in the contract's shape, for people to check what is in force. */
@ApplicationScoped
public class MeasureConfigurationService {

    @Inject
    EntityManager em;

    @Transactional
    public MeasureConfiguration current() {
        MeasureConfiguration configuration = new MeasureConfiguration()
                .asyeCaseloadThreshold(CaseloadThresholds.DEFAULT_ASYE);
        for (Tuple t : rows("SELECT t.role_code, t.applies_to_asye, t.max_cases FROM caseload_threshold t "
                + "LEFT JOIN role r ON r.code = t.role_code ORDER BY r.display_order NULLS FIRST, t.role_code")) {
            if (Boolean.TRUE.equals(t.get("applies_to_asye"))) {
                configuration.setAsyeCaseloadThreshold(Rows.integer(t.get("max_cases")));
            } else {
                configuration.addCaseloadThresholdsItem(new MeasureConfigurationCaseloadThresholdsInner()
                        .role(RoleCode.fromValue(Rows.string(t.get("role_code"))))
                        .maxCases(Rows.integer(t.get("max_cases"))));
            }
        }
        configuration.setCaseloadThresholds(orEmpty(configuration.getCaseloadThresholds()));

        configuration.setCaseWeights(rows("SELECT case_type, points FROM case_weight").stream()
                .map(t -> new MeasureConfigurationCaseWeightsInner()
                        .caseType(CaseType.fromValue(Rows.string(t.get("case_type"))))
                        .points(Rows.decimal(t.get("points")).doubleValue()))
                .sorted(Comparator.comparing(w -> w.getCaseType().ordinal()))
                .toList());

        // ASYE stages in order, then the role rules, then the default that applies to everyone else
        configuration.setSupervisionPolicy(rows("SELECT p.role_code, p.asye_from_day, p.asye_to_day, p.interval_days, "
                + "p.supervised FROM supervision_policy p LEFT JOIN role r ON r.code = p.role_code "
                + "ORDER BY (p.asye_from_day IS NULL), p.asye_from_day, (p.role_code IS NULL), r.display_order, p.id")
                .stream().map(t -> {
                    String role = Rows.string(t.get("role_code"));
                    return new MeasureConfigurationSupervisionPolicyInner()
                            .role(role == null ? null : RoleCode.fromValue(role))
                            .asyeFromDay(Rows.integer(t.get("asye_from_day")))
                            .asyeToDay(Rows.integer(t.get("asye_to_day")))
                            .intervalDays(Rows.integer(t.get("interval_days")))
                            .supervised(Boolean.TRUE.equals(t.get("supervised")));
                }).toList());

        configuration.setSettings(rows("SELECT key, value, description FROM measure_setting ORDER BY key").stream()
                .map(t -> new MeasureConfigurationSettingsInner()
                        .key(Rows.string(t.get("key")))
                        .value(Rows.decimal(t.get("value")).doubleValue())
                        .description(Rows.string(t.get("description"))))
                .toList());

        configuration.setAgencyPriceCaps(rows("SELECT region, job_type, valid_from, hourly_cap FROM agency_price_cap "
                + "ORDER BY region, job_type, valid_from").stream()
                .map(t -> new MeasureConfigurationAgencyPriceCapsInner()
                        .region(Rows.string(t.get("region")))
                        .jobType(AgencyJobType.fromValue(Rows.string(t.get("job_type"))))
                        .validFrom(Rows.date(t.get("valid_from")))
                        .hourlyCap(Rows.decimal(t.get("hourly_cap")).doubleValue()))
                .toList());
        return configuration;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql) {
        return em.createNativeQuery(sql, Tuple.class).getResultList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
