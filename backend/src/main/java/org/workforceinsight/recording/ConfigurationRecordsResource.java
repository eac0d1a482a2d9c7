package org.workforceinsight.recording;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ConfigurationRecordsApi;
import org.workforceinsight.api.model.AgencyJobType;
import org.workforceinsight.api.model.AgencyPriceCap;
import org.workforceinsight.api.model.AgencyPriceCapChange;
import org.workforceinsight.api.model.AgencyPriceCapInput;
import org.workforceinsight.api.model.CaseloadThresholdInput;
import org.workforceinsight.api.model.CaseloadThresholdRecord;
import org.workforceinsight.api.model.MeasureSetting;
import org.workforceinsight.api.model.MeasureSettingInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;

/**
 * Settings, caseload thresholds and agency price caps one at a time: read by every reading role, changed by
 * workforce leads.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class ConfigurationRecordsResource implements ConfigurationRecordsApi {

    /** The deletion's path below the generated interface's root (see the DELETE method). */
    private static final String PRICE_CAP_PATH = "/api/v1/agency-price-caps/{region}/{jobType}/{validFrom}";

    @Inject
    ConfigurationRecordService configuration;

    @Override
    public RestResponse<MeasureSetting> getMeasureSetting(String settingKey) {
        Versioned<MeasureSetting> setting = configuration.setting(settingKey);
        return setting.ok();
    }

    @Override
    public RestResponse<RecordChangePage> getMeasureSettingHistory(String settingKey, Integer page, Integer size) {
        return RestResponse.ok(configuration.settingHistory(settingKey, Paging.of(page, size)));
    }

    @Override
    public RestResponse<MeasureSetting> updateMeasureSetting(String settingKey, String ifMatch,
                                                             MeasureSettingInput input) {
        Versioned<MeasureSetting> updated = configuration.updateSetting(settingKey, ETags.expectedVersion(ifMatch),
                input);
        return updated.ok();
    }

    @Override
    public RestResponse<CaseloadThresholdRecord> getCaseloadThreshold(String thresholdKey) {
        Versioned<CaseloadThresholdRecord> threshold = configuration.threshold(thresholdKey);
        return threshold.ok();
    }

    @Override
    public RestResponse<RecordChangePage> getCaseloadThresholdHistory(String thresholdKey, Integer page,
                                                                      Integer size) {
        return RestResponse.ok(configuration.thresholdHistory(thresholdKey, Paging.of(page, size)));
    }

    @Override
    public RestResponse<CaseloadThresholdRecord> updateCaseloadThreshold(String thresholdKey, String ifMatch,
                                                                         CaseloadThresholdInput input) {
        Versioned<CaseloadThresholdRecord> updated = configuration.updateThreshold(thresholdKey,
                ETags.expectedVersion(ifMatch), input);
        return updated.ok();
    }

    @Override
    public RestResponse<AgencyPriceCap> getAgencyPriceCap(String region, AgencyJobType jobType, LocalDate validFrom) {
        Versioned<AgencyPriceCap> cap = configuration.priceCap(region, jobType, validFrom);
        return cap.ok();
    }

    @Override
    public RestResponse<RecordChangePage> getAgencyPriceCapHistory(String region, AgencyJobType jobType,
                                                                   LocalDate validFrom, Integer page, Integer size) {
        return RestResponse.ok(configuration.priceCapHistory(region, jobType, validFrom, Paging.of(page, size)));
    }

    @Override
    public RestResponse<AgencyPriceCap> createAgencyPriceCap(AgencyPriceCapInput input) {
        Versioned<AgencyPriceCap> created = configuration.recordPriceCap(input);
        AgencyPriceCap cap = created.body();
        return created.created(UriBuilder.fromPath("/api/v1/agency-price-caps/{region}/{jobType}/{validFrom}")
                .build(cap.getRegion(), cap.getJobType().toString(), cap.getValidFrom().toString()).toString());
    }

    @Override
    public RestResponse<AgencyPriceCap> updateAgencyPriceCap(String region, AgencyJobType jobType, LocalDate validFrom,
                                                             String ifMatch, AgencyPriceCapChange change) {
        Versioned<AgencyPriceCap> updated = configuration.updatePriceCap(region, jobType, validFrom,
                ETags.expectedVersion(ifMatch), change);
        return updated.ok();
    }

    @Override
    @DELETE
    @Path(PRICE_CAP_PATH)
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteAgencyPriceCap(@PathParam("region") String region,
                                                   @PathParam("jobType") AgencyJobType jobType,
                                                   @PathParam("validFrom") LocalDate validFrom,
                                                   @HeaderParam("If-Match") String ifMatch) {
        configuration.deletePriceCap(region, jobType, validFrom, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }
}
