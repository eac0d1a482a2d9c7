package org.workforceinsight.measures;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.MeasuresApi;
import org.workforceinsight.api.model.ChildMeasures;
import org.workforceinsight.api.model.Granularity;
import org.workforceinsight.api.model.MeasureDefinition;
import org.workforceinsight.api.model.MeasureExplanationPage;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.MeasureKind;
import org.workforceinsight.api.model.MeasureSeries;
import org.workforceinsight.api.model.MeasureUnit;
import org.workforceinsight.api.model.NodeMeasures;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.security.ScopeService;
import org.workforceinsight.shared.Dates;
import org.workforceinsight.shared.Paging;

/** Measures for a node in the caller's scope (403 outside it, 404 for an unknown node). */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class MeasuresResource implements MeasuresApi {

    @Inject
    MeasureService measures;

    @Inject
    ScopeService scopes;

    @Inject
    AuditTrail audit;

    @Override
    public RestResponse<List<MeasureDefinition>> listMeasureDefinitions() {
        // DfE measures first: the catalogue lists them first
        return RestResponse.ok(Arrays.stream(Measure.values()).map(MeasuresResource::definition).toList());
    }

    @Override
    public RestResponse<NodeMeasures> getNodeMeasures(UUID nodeId, LocalDate asAt, LocalDate periodStart,
            List<MeasureId> measure) {
        return RestResponse.ok(measures.nodeMeasures(scopes.current(), nodeId, MeasureService.Dated.of(asAt, periodStart),
                filter(measure)));
    }

    @Override
    public RestResponse<ChildMeasures> getChildMeasures(UUID nodeId, LocalDate asAt, LocalDate periodStart,
            List<MeasureId> measure) {
        return RestResponse.ok(measures.childMeasures(scopes.current(), nodeId,
                MeasureService.Dated.of(asAt, periodStart), filter(measure)));
    }

    @Override
    public RestResponse<MeasureSeries> getMeasureSeries(UUID nodeId, MeasureId measureId, LocalDate from, LocalDate to,
            Granularity granularity) {
        LocalDate end = Dates.orToday(to, "to");
        SeriesBuckets.Granularity buckets = granularity == null ? SeriesBuckets.Granularity.MONTH
                : SeriesBuckets.Granularity.valueOf(granularity.name());
        return RestResponse.ok(measures.series(scopes.current(), nodeId, MeasureService.measure(measureId), from, end,
                buckets));
    }

    @Override
    public RestResponse<MeasureExplanationPage> getMeasureExplanation(UUID nodeId, MeasureId measureId, LocalDate asAt,
            LocalDate periodStart, Integer page, Integer size) {
        MeasureExplanationPage explanation = measures.explanation(scopes.current(), nodeId,
                MeasureService.measure(measureId), MeasureService.Dated.of(asAt, periodStart), Paging.of(page, size));
        // here, not in the service: the explanation's transaction is read-only, so its audit record is written
        // in a transaction of its own before the answer leaves (a failure to write it fails the request)
        audit.recordRead("getMeasureExplanation", AuditTrail.idsOf(explanation.getItems(), i -> i.getWorker().getId()),
                List.of(nodeId));
        return RestResponse.ok(explanation);
    }

    private static List<Measure> filter(List<MeasureId> ids) {
        return ids == null ? List.of() : ids.stream().map(MeasureService::measure).toList();
    }

    static MeasureDefinition definition(Measure measure) {
        return new MeasureDefinition()
                .id(MeasureService.measureId(measure))
                .name(measure.displayName)
                .unit(MeasureUnit.valueOf(measure.unit.name()))
                .kind(MeasureKind.valueOf(measure.kind.name()))
                .dfe(measure.dfe)
                .defaultDirection(MeasureService.direction(measure.defaultDirection))
                .definition(MeasureDefinitions.of(measure));
    }
}
