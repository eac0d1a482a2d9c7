package org.workforceinsight.recording;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ConfigurationRecordsApi;
import org.workforceinsight.api.model.CaseloadThresholdInput;
import org.workforceinsight.api.model.CaseloadThresholdRecord;
import org.workforceinsight.api.model.MeasureSetting;
import org.workforceinsight.api.model.MeasureSettingInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.shared.ETags;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Versioned;

/** Settings and caseload thresholds one at a time: read by every reading role, changed by workforce leads. */
@RolesAllowed({"workforce-lead", "senior-manager", "team-manager", "machine-read", "machine-write"})
public class ConfigurationRecordsResource implements ConfigurationRecordsApi {

    @Inject
    ConfigurationRecordService configuration;

    @Override
    public RestResponse<MeasureSetting> getMeasureSetting(String settingKey) {
        Versioned<MeasureSetting> setting = configuration.setting(settingKey);
        return RestResponse.ResponseBuilder.ok(setting.body()).header("ETag", setting.etag()).build();
    }

    @Override
    public RestResponse<RecordChangePage> getMeasureSettingHistory(String settingKey, Integer page, Integer size) {
        return RestResponse.ok(configuration.settingHistory(settingKey, Paging.of(page, size)));
    }

    @Override
    @RolesAllowed("workforce-lead")
    public RestResponse<MeasureSetting> updateMeasureSetting(String settingKey, String ifMatch,
                                                             MeasureSettingInput input) {
        Versioned<MeasureSetting> updated = configuration.updateSetting(settingKey, ETags.expectedVersion(ifMatch),
                input);
        return RestResponse.ResponseBuilder.ok(updated.body()).header("ETag", updated.etag()).build();
    }

    @Override
    public RestResponse<CaseloadThresholdRecord> getCaseloadThreshold(String thresholdKey) {
        Versioned<CaseloadThresholdRecord> threshold = configuration.threshold(thresholdKey);
        return RestResponse.ResponseBuilder.ok(threshold.body()).header("ETag", threshold.etag()).build();
    }

    @Override
    public RestResponse<RecordChangePage> getCaseloadThresholdHistory(String thresholdKey, Integer page,
                                                                      Integer size) {
        return RestResponse.ok(configuration.thresholdHistory(thresholdKey, Paging.of(page, size)));
    }

    @Override
    @RolesAllowed("workforce-lead")
    public RestResponse<CaseloadThresholdRecord> updateCaseloadThreshold(String thresholdKey, String ifMatch,
                                                                         CaseloadThresholdInput input) {
        Versioned<CaseloadThresholdRecord> updated = configuration.updateThreshold(thresholdKey,
                ETags.expectedVersion(ifMatch), input);
        return RestResponse.ResponseBuilder.ok(updated.body()).header("ETag", updated.etag()).build();
    }
}
