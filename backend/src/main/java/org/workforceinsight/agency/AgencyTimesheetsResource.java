package org.workforceinsight.agency;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.AgencyChargesApi;
import org.workforceinsight.api.model.AgencyTimesheet;
import org.workforceinsight.api.model.AgencyTimesheetInput;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.shared.KeptRecordEndpoints;

/**
 * Agency timesheets (charges). Commercial detail: senior managers read those of teams in their scope; only
 * workforce leads and machine-write clients write them.
 */
// Who may call each operation: security/OperationRules, checked by security/OperationAccessFilter.
@Authenticated
public class AgencyTimesheetsResource implements AgencyChargesApi {

    @Inject
    AgencyTimesheetService timesheets;

    @Inject
    KeptRecordEndpoints endpoints;

    @Override
    public RestResponse<AgencyTimesheet> getAgencyTimesheet(UUID timesheetId) {
        return endpoints.get(timesheets, timesheetId);
    }

    @Override
    public RestResponse<RecordChangePage> getAgencyTimesheetHistory(UUID timesheetId, Integer page, Integer size) {
        return endpoints.history(timesheets, timesheetId, page, size);
    }

    @Override
    public RestResponse<AgencyTimesheet> createAgencyTimesheet(AgencyTimesheetInput input) {
        return endpoints.create(timesheets, input, created -> "/api/v1/agency-timesheets/" + created.getId());
    }

    @Override
    public RestResponse<AgencyTimesheet> updateAgencyTimesheet(UUID timesheetId, String ifMatch,
                                                               AgencyTimesheetInput input) {
        return endpoints.update(timesheets, timesheetId, ifMatch, input);
    }

    @Override
    @DELETE
    @Path("/{timesheetId}")
    // the contract's 204 has no body, so the generated interface would refuse clients that accept JSON (406)
    @Produces({"application/json", "application/problem+json"})
    public RestResponse<Void> deleteAgencyTimesheet(@PathParam("timesheetId") UUID timesheetId,
                                                    @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(timesheets, timesheetId, ifMatch);
    }
}
