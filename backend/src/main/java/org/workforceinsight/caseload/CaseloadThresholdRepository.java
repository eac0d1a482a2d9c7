package org.workforceinsight.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class CaseloadThresholdRepository implements PanacheRepositoryBase<CaseloadThreshold, Integer> {

    public CaseloadThresholds current() {
        int asye = CaseloadThresholds.DEFAULT_ASYE;
        Map<String, Integer> byRole = new HashMap<>();
        for (CaseloadThreshold threshold : listAll()) {
            if (threshold.appliesToAsye) {
                asye = threshold.maxCases;
            } else if (threshold.roleCode != null) {
                byRole.put(threshold.roleCode, threshold.maxCases);
            }
        }
        return new CaseloadThresholds(asye, Map.copyOf(byRole));
    }
}
