package org.workforceinsight.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.absence.AbsenceService;
import org.workforceinsight.agency.AgencyAssignmentService;
import org.workforceinsight.security.AccessScope;

/** Turning a {@link Table} into a download response, and the bits every export shares. */
final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * The file as a streamed attachment. The generated interfaces declare {@code RestResponse<String>} for a
     * text/csv or binary body; the entity is an {@link ExportBody}, which the runtime writes by its own type
     * (the operation produces more than one media type, so the writer is chosen at run time), and the declared
     * type parameter is only the contract's description.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static RestResponse<String> download(ExportFormat format, Table table, boolean keepForeignLayout) {
        ExportBody body = new ExportBody(format, table, keepForeignLayout);
        LocalDate day = table.about().asAt() == null ? LocalDate.now() : table.about().asAt();
        String fileName = table.fileStem() + "-" + day + "." + format.extension;
        return (RestResponse) RestResponse.ResponseBuilder.ok(body)
                .header("Content-Type", format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static RestResponse<String> download(ExportFormat format, Table table) {
        return download(format, table, false);
    }

    /** Properties the caller may not read are left out of the file (health detail, agency charges). */
    static Predicate<String> hiddenFor(AccessScope scope) {
        boolean health = AbsenceService.mayReadHealthData(scope);
        boolean charges = AgencyAssignmentService.mayReadCharges(scope);
        return name -> (!health && ModelColumns.HEALTH_PROPERTIES.contains(name))
                || (!charges && ModelColumns.CHARGE_PROPERTIES.contains(name));
    }

    /** Filters in the order given as name, value pairs; null values (filters not used) are left out. */
    static Map<String, String> filters(Object... nameValuePairs) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            Object value = nameValuePairs[i + 1];
            if (value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
                filters.put(String.valueOf(nameValuePairs[i]), value instanceof java.util.Collection<?> c
                        ? String.join(", ", c.stream().map(String::valueOf).toList()) : String.valueOf(value));
            }
        }
        return filters;
    }

    static About about(AccessScope scope, String title, LocalDate asAt, Map<String, String> filters,
                       String attribution) {
        return new About(title, asAt, filters, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                scope.username(), attribution);
    }
}
