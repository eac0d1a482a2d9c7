package org.workforceinsight.shared;

import java.util.UUID;
import org.workforceinsight.api.model.RecordChangePage;
import org.workforceinsight.security.AccessScope;

/**
 * The operations every kept record with a generated id offers (docs/recording.md), so that their resources
 * answer them alike through {@link KeptRecordEndpoints}. {@code T} is the record as the API shows it, {@code I}
 * the input that creates it and, whole, corrects it.
 */
public interface KeptRecordService<T, I> {

    /** One record with its version: 404 when unknown, 403 when outside the caller's scope. */
    Versioned<T> get(AccessScope scope, UUID id);

    /** The record's changes, newest first. */
    RecordChangePage history(AccessScope scope, UUID id, Paging paging);

    /** Creates a record after checking its input; nothing is written when a check fails. */
    Versioned<T> record(AccessScope scope, I input);

    /** Corrects a record from the version the caller read; 412 when that is no longer current. */
    Versioned<T> update(AccessScope scope, UUID id, long expectedVersion, I input);

    /** Deletes a record from the version the caller read; 412 when that is no longer current. */
    void delete(AccessScope scope, UUID id, long expectedVersion);
}
