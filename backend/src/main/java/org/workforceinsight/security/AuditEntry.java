package org.workforceinsight.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One audit record before it is written. Ids and field names only: there is no place for a value, so
 * health detail cannot reach the trail.
 *
 * @param actor         who
 * @param operationId   the contract's operationId (or a job's name)
 * @param action        what was done
 * @param recordType    for a change, the kebab-case record type (e.g. {@code supervision-session}); else null
 * @param recordId      for a change, the record's id; else null
 * @param workerIds     the people whose data was read or changed
 * @param nodeIds       the organisation nodes asked about or touched
 * @param changedFields for a change, the names (camelCase, as the contract names them) of the fields written
 */
public record AuditEntry(AuditActor actor, String operationId, AuditAction action, String recordType,
                         String recordId, Collection<UUID> workerIds, Collection<UUID> nodeIds,
                         Collection<String> changedFields) {

    public AuditEntry {
        workerIds = workerIds == null ? List.of() : workerIds;
        nodeIds = nodeIds == null ? List.of() : nodeIds;
        changedFields = changedFields == null ? List.of() : changedFields;
    }
}
