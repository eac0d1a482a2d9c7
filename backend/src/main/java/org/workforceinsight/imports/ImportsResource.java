package org.workforceinsight.imports;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.workforceinsight.api.ImportsApi;
import org.workforceinsight.api.model.ImportColumn;
import org.workforceinsight.api.model.ImportDataSet;
import org.workforceinsight.api.model.ImportFormat;
import org.workforceinsight.api.model.ImportMode;
import org.workforceinsight.api.model.ImportOutcome;
import org.workforceinsight.api.model.ImportRowErrorPage;
import org.workforceinsight.api.model.ImportRun;
import org.workforceinsight.api.model.ImportRunPage;
import org.workforceinsight.security.AuditTrail;
import org.workforceinsight.security.Roles;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemMappers;
import org.workforceinsight.shared.ProblemException;

/**
 * Bulk import of CSV files. Only workforce leads and machine-write clients (OperationRules) import or read the
 * import history: imports change every team's records, so no scoped role may run them.
 */
@Authenticated
public class ImportsResource implements ImportsApi {

    @Inject
    ImportService imports;

    @Inject
    ImportRunRepository runs;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditTrail audit;

    @Inject
    javax.sql.DataSource dataSource;

    private static final MediaType CSV = new MediaType("text", "csv");

    @ConfigProperty(name = "workforce.imports.max-bytes")
    long maxBytes;

    @Context
    HttpHeaders headers;

    /**
     * Declared again with any content type so that the caller's role is checked before the content
     * type: an unauthenticated or unentitled caller gets 401/403 whatever they send, and only then
     * does a body that is not {@code text/csv} get 415 (the contract's single media type).
     */
    @Override
    @POST
    @Path("/api/v1/imports")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    public RestResponse<ImportRun> importFile(@QueryParam("dataSet") ImportDataSet dataSet, File body,
                                              @QueryParam("dryRun") @DefaultValue("false") Boolean dryRun,
                                              @QueryParam("mode") ImportMode mode,
                                              @QueryParam("fileName") String fileName) {
        try {
            MediaType type = headers.getMediaType();
            if (type == null || !type.isCompatible(CSV)) {
                throw new ProblemException(415, "An import file must be sent as text/csv.");
            }
            if (body.length() > maxBytes) {
                throw ImportSizeLimit.tooLarge(maxBytes);
            }
            boolean healthAllowed = identity.hasRole(Roles.WORKFORCE_LEAD) || identity.hasRole(Roles.HR_ABSENCE_OFFICER)
                    || identity.hasRole(Roles.MACHINE_WRITE);
            ImportService.Request request = new ImportService.Request(dataSet, Boolean.TRUE.equals(dryRun),
                    mode == null ? ImportMode.ALL_OR_NOTHING : mode, fileName, identity.getPrincipal().getName(),
                    healthAllowed, audit.currentActor());
            ImportRun run = imports.importFile(request, body.toPath());
            return RestResponse.ResponseBuilder.<ImportRun>create(run.getOutcome() == ImportOutcome.REJECTED ? 422 : 200)
                    .entity(run).build();
        } finally {
            try {
                Files.deleteIfExists(body.toPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public RestResponse<ImportRunPage> listImports(ImportDataSet dataSet, Integer page, Integer size) {
        return RestResponse.ok(runs.list(dataSet, Paging.of(page, size)));
    }

    @Override
    public RestResponse<ImportRun> getImport(UUID importId) {
        ImportRun run = runs.get(importId);
        if (run == null) {
            throw ProblemException.notFound("No import has this id.");
        }
        return RestResponse.ok(run);
    }

    @Override
    public RestResponse<ImportRowErrorPage> listImportErrors(UUID importId, Integer page, Integer size) {
        ImportRowErrorPage errors = runs.errors(importId, Paging.of(page, size));
        if (errors == null) {
            throw ProblemException.notFound("No import has this id.");
        }
        return RestResponse.ok(errors);
    }

    @Override
    public RestResponse<List<ImportFormat>> listImportFormats() {
        Lookups codes = new Lookups(dataSource);
        return RestResponse.ok(ImportFormats.all().stream().map(f -> new ImportFormat()
                .dataSet(f.dataSet())
                .description(f.description())
                .example(f.example())
                .columns(f.columns().stream().map(c -> new ImportColumn()
                        .name(c.name())
                        .type(ImportColumn.TypeEnum.fromValue(c.type().name().toLowerCase(Locale.ROOT)))
                        .required(c.required())
                        .key(c.key())
                        .maxLength(c.maxLength())
                        .values(c.codes() != null ? List.copyOf(codes.codes(c.codes()))
                                : c.values().isEmpty() ? null : c.values())
                        .refersTo(c.ref() == null ? null : c.ref().describe)
                        .description(c.description())
                        .example(c.example())).toList())).toList());
    }
}
