package org.workforceinsight.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The audit_record rows one principal left, oldest first. The trail is never reset between tests (it is
 * append-only), so a test tells its own rows apart by a user name no other test signs in with.
 */
public final class AuditRows {

    /** One row as the database holds it; {@code text} is the whole row, to show no value leaked into it. */
    public record Row(String operationId, String action, String recordType, String recordId, List<UUID> workerIds,
                      List<String> changedFields, String text) {
    }

    private final DataSource dataSource;

    private AuditRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static AuditRows using(DataSource dataSource) {
        return new AuditRows(dataSource);
    }

    public List<Row> of(String principal) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT a.*, a::text AS whole FROM audit_record a WHERE principal = ? ORDER BY id")) {
            select.setString(1, principal);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString("operation_id"), rs.getString("action"), rs.getString("record_type"),
                            rs.getString("record_id"),
                            Arrays.stream((Object[]) rs.getArray("worker_ids").getArray()).map(o -> (UUID) o).toList(),
                            Arrays.asList((String[]) rs.getArray("changed_fields").getArray()), rs.getString("whole")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The one row of this principal for the operation; fails when there is not exactly one. */
    public Row only(String principal, String operationId) {
        List<Row> rows = of(principal).stream().filter(r -> r.operationId().equals(operationId)).toList();
        if (rows.size() != 1) {
            throw new AssertionError("expected one audit record of " + operationId + " by " + principal + ": " + rows);
        }
        return rows.get(0);
    }
}
