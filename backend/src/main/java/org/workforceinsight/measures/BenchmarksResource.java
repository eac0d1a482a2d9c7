package org.workforceinsight.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.BenchmarksApi;
import org.workforceinsight.api.model.BenchmarkReport;
import org.workforceinsight.api.model.ComparatorGroup;
import org.workforceinsight.api.model.ComparatorGroupInput;
import org.workforceinsight.api.model.LocalAuthority;
import org.workforceinsight.organisation.OrganisationService;

/**
 * Benchmarks against the DfE's published figures. Every product role may read them (council-wide
 * aggregates, no personal data); only workforce leads choose the comparator group.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class BenchmarksResource implements BenchmarksApi {

    @Inject
    BenchmarkService benchmarks;

    @Inject
    BenchmarkComparatorService comparators;

    @Inject
    OrganisationService organisation;

    @Override
    public RestResponse<BenchmarkReport> getBenchmarks(Integer censusYear) {
        return RestResponse.ok(benchmarks.report(organisation.tree(), censusYear));
    }

    @Override
    public RestResponse<ComparatorGroup> getBenchmarkComparators() {
        return RestResponse.ok(comparators.group());
    }

    @Override
    public RestResponse<ComparatorGroup> setBenchmarkComparators(ComparatorGroupInput input) {
        List<String> codes = input.getLaCodes() == null ? List.of() : List.copyOf(input.getLaCodes());
        return RestResponse.ok(comparators.replace(codes));
    }

    @Override
    public RestResponse<List<LocalAuthority>> listLocalAuthorities() {
        return RestResponse.ok(comparators.latestLocalAuthorities());
    }
}
