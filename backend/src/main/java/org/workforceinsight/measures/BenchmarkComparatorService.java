package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.workforceinsight.api.model.ComparatorGroup;
import org.workforceinsight.api.model.LocalAuthority;
import org.workforceinsight.api.model.Violation;
import org.workforceinsight.shared.ProblemException;
import org.workforceinsight.shared.Rows;

/**
 * The local authorities of the shipped DfE file, and the comparator group the council chose from them
 * (table {@code benchmark_comparator}).
 */
@ApplicationScoped
public class BenchmarkComparatorService {

    @Inject
    EntityManager em;

    private volatile Authorities authorities;

    /** The shipped file, read once: it does not change while the application runs. */
    public DfeIndicatorFile file() {
        return authorities().file();
    }

    /** Every local authority in the latest year of the file, by name. */
    public List<LocalAuthority> latestLocalAuthorities() {
        DfeIndicatorFile file = file();
        int latest = file.years().stream().max(Integer::compare).orElseThrow();
        return file.rowsFor(latest).stream()
                .filter(row -> row.geographicLevel() == GeographicLevel.LOCAL_AUTHORITY && row.newLaCode() != null)
                .map(BenchmarkComparatorService::localAuthority)
                .sorted(BY_NAME)
                .toList();
    }

    /** The stored comparator codes, as the file names them, by name. */
    @Transactional
    public List<String> comparatorCodes() {
        return storedCodes().stream()
                .sorted(Comparator.comparing((String code) -> authorities().latest(code)
                        .map(row -> row.laName().toLowerCase(Locale.ROOT)).orElse(code)).thenComparing(code -> code))
                .toList();
    }

    @Transactional
    public ComparatorGroup group() {
        return groupOf(comparatorCodes());
    }

    /**
     * Replaces the comparator group. Every code must be a local authority in the file (any year, as codes
     * of authorities since reorganised still name published figures), else 400 naming {@code laCodes[i]}.
     */
    @Transactional
    public ComparatorGroup replace(List<String> laCodes) {
        List<Violation> violations = new ArrayList<>();
        Set<String> canonical = new LinkedHashSet<>();
        for (int i = 0; i < laCodes.size(); i++) {
            String code = laCodes.get(i);
            Optional<DfeIndicatorRow> row = code == null ? Optional.empty() : authorities().latest(code);
            if (row.isEmpty()) {
                violations.add(new Violation().field("laCodes[" + i + "]")
                        .detail("is not the code of a local authority in the DfE file"));
            } else {
                canonical.add(row.get().newLaCode());
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        em.createNativeQuery("DELETE FROM benchmark_comparator").executeUpdate();
        for (String code : canonical) {
            em.createNativeQuery("INSERT INTO benchmark_comparator (la_code) VALUES (:code)")
                    .setParameter("code", code).executeUpdate();
        }
        return group();
    }

    private ComparatorGroup groupOf(List<String> codes) {
        return new ComparatorGroup().localAuthorities(codes.stream()
                .map(code -> authorities().latest(code).map(BenchmarkComparatorService::localAuthority)
                        .orElseGet(() -> new LocalAuthority().laCode(code).name(code)))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private List<String> storedCodes() {
        return ((List<Object>) em.createNativeQuery("SELECT la_code FROM benchmark_comparator").getResultList())
                .stream().map(Rows::string).toList();
    }

    static LocalAuthority localAuthority(DfeIndicatorRow row) {
        return new LocalAuthority().laCode(row.newLaCode()).name(row.laName()).regionName(row.regionName());
    }

    private static final Comparator<LocalAuthority> BY_NAME = Comparator
            .comparing((LocalAuthority la) -> la.getName().toLowerCase(Locale.ROOT))
            .thenComparing(LocalAuthority::getLaCode);

    private Authorities authorities() {
        Authorities loaded = authorities;
        if (loaded == null) {
            synchronized (this) {
                if (authorities == null) {
                    authorities = Authorities.of(DfeIndicatorFile.shipped());
                }
                loaded = authorities;
            }
        }
        return loaded;
    }

    /** The file with each local authority's latest row, by upper-case code. */
    private record Authorities(DfeIndicatorFile file, Map<String, DfeIndicatorRow> latestByCode) {

        static Authorities of(DfeIndicatorFile file) {
            Map<String, DfeIndicatorRow> latest = new HashMap<>();
            for (DfeIndicatorRow row : file.rows()) {
                if (row.geographicLevel() != GeographicLevel.LOCAL_AUTHORITY || row.newLaCode() == null) {
                    continue;
                }
                latest.merge(key(row.newLaCode()), row, (a, b) -> a.timePeriod() >= b.timePeriod() ? a : b);
            }
            return new Authorities(file, Map.copyOf(latest));
        }

        Optional<DfeIndicatorRow> latest(String code) {
            return Optional.ofNullable(latestByCode.get(key(code)));
        }

        private static String key(String code) {
            return code.trim().toUpperCase(Locale.ROOT);
        }
    }
}
