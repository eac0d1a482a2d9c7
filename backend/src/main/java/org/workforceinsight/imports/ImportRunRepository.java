package org.workforceinsight.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.workforceinsight.api.model.ImportDataSet;
import org.workforceinsight.api.model.ImportMode;
import org.workforceinsight.api.model.ImportOutcome;
import org.workforceinsight.api.model.ImportRowError;
import org.workforceinsight.api.model.ImportRowErrorPage;
import org.workforceinsight.api.model.ImportRun;
import org.workforceinsight.api.model.ImportRunPage;
import org.workforceinsight.shared.Paging;

/** The record of each import (import_run) and its row errors (import_row_error). */
@ApplicationScoped
public class ImportRunRepository {

    /** Row errors given with a single import record; the rest are paged from its errors. */
    static final int ERRORS_ON_RECORD = 100;

    private static final String COLUMNS = "id, data_set, file_name, imported_by, started_at, finished_at, dry_run, mode, "
            + "outcome, rows_read, created, updated, unchanged, rejected, error_count";

    @Inject
    DataSource dataSource;

    /** Stores the run and every error; call inside a transaction. */
    ImportRun save(ImportService.Run run, ImportOutcome outcome) {
        OffsetDateTime finished = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, run.id);
                insert.setString(2, run.request.dataSet().toString());
                insert.setString(3, run.request.fileName());
                insert.setString(4, run.request.principal());
                insert.setObject(5, run.startedAt);
                insert.setObject(6, finished);
                insert.setBoolean(7, run.request.dryRun());
                insert.setString(8, run.request.mode().toString());
                insert.setString(9, outcome.toString());
                insert.setLong(10, run.rowsRead);
                insert.setLong(11, run.created);
                insert.setLong(12, run.updated);
                insert.setLong(13, run.unchanged);
                insert.setLong(14, run.rejected);
                insert.setLong(15, run.errorCount());
                insert.executeUpdate();
            }
            try (PreparedStatement errors = connection.prepareStatement(
                    "INSERT INTO import_row_error (import_id, seq, line, column_name, reason) VALUES (?, ?, ?, ?, ?)")) {
                Object[] error;
                int seq = 0;
                while ((error = run.errors.read()) != null) {
                    errors.setObject(1, run.id);
                    errors.setInt(2, seq++);
                    errors.setLong(3, (Long) error[0]);
                    errors.setString(4, (String) error[1]);
                    errors.setString(5, (String) error[2]);
                    errors.addBatch();
                    if (seq % ImportService.BATCH == 0) {
                        errors.executeBatch();
                    }
                }
                errors.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record import " + run.id, e);
        }
        return new ImportRun().id(run.id).dataSet(run.request.dataSet()).fileName(run.request.fileName())
                .importedBy(run.request.principal()).startedAt(run.startedAt).finishedAt(finished)
                .dryRun(run.request.dryRun()).mode(run.request.mode()).outcome(outcome).rowsRead(run.rowsRead)
                .created(run.created).updated(run.updated).unchanged(run.unchanged).rejected(run.rejected)
                .errorCount(run.errorCount()).errors(new ArrayList<>(run.firstErrors));
    }

    ImportRunPage list(ImportDataSet dataSet, Paging paging) {
        String where = dataSet == null ? "" : " WHERE data_set = ?";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM import_run" + where)) {
                if (dataSet != null) {
                    count.setString(1, dataSet.toString());
                }
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ImportRun> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM import_run" + where
                    + " ORDER BY started_at DESC, id LIMIT ? OFFSET ?")) {
                int index = 1;
                if (dataSet != null) {
                    select.setString(index++, dataSet.toString());
                }
                select.setInt(index++, paging.size());
                select.setLong(index, paging.offset());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(toApi(rs));
                    }
                }
            }
            return new ImportRunPage().items(items).page(paging.page()).size(paging.size()).totalItems(total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run with its first errors, or null. */
    ImportRun get(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM import_run WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return toApi(rs).errors(errors(connection, id, ERRORS_ON_RECORD, 0));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page of the run's errors, or null when there is no such run. */
    ImportRowErrorPage errors(UUID id, Paging paging) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT error_count FROM import_run WHERE id = ?")) {
            count.setObject(1, id);
            try (ResultSet rs = count.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new ImportRowErrorPage().items(errors(connection, id, paging.size(), paging.offset()))
                        .page(paging.page()).size(paging.size()).totalItems(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ImportRowError> errors(Connection connection, UUID id, int limit, long offset) throws SQLException {
        List<ImportRowError> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT line, column_name, reason FROM import_row_error "
                + "WHERE import_id = ? ORDER BY line, seq LIMIT ? OFFSET ?")) {
            select.setObject(1, id);
            select.setInt(2, limit);
            select.setLong(3, offset);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.add(new ImportRowError().line(rs.getLong(1)).column(rs.getString(2)).reason(rs.getString(3)));
                }
            }
        }
        return result;
    }

    private static ImportRun toApi(ResultSet rs) throws SQLException {
        return new ImportRun()
                .id(rs.getObject("id", UUID.class))
                .dataSet(ImportDataSet.fromValue(rs.getString("data_set")))
                .fileName(rs.getString("file_name"))
                .importedBy(rs.getString("imported_by"))
                .startedAt(utc(rs.getTimestamp("started_at")))
                .finishedAt(utc(rs.getTimestamp("finished_at")))
                .dryRun(rs.getBoolean("dry_run"))
                .mode(ImportMode.fromValue(rs.getString("mode")))
                .outcome(ImportOutcome.fromValue(rs.getString("outcome")))
                .rowsRead(rs.getLong("rows_read"))
                .created(rs.getLong("created"))
                .updated(rs.getLong("updated"))
                .unchanged(rs.getLong("unchanged"))
                .rejected(rs.getLong("rejected"))
                .errorCount(rs.getLong("error_count"));
    }

    private static OffsetDateTime utc(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
