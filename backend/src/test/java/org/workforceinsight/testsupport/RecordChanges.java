package org.workforceinsight.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads the history table straight from the database, to check what a change (or a refused one) left there. */
public final class RecordChanges {

    private final DataSource dataSource;

    private RecordChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static RecordChanges using(DataSource dataSource) {
        return new RecordChanges(dataSource);
    }

    /** History rows of one record. */
    public long of(String recordType, Object recordId) {
        return single("SELECT count(*) FROM record_change WHERE record_type = ? AND record_id = ?", recordType,
                String.valueOf(recordId));
    }

    /** Every history row. */
    public long all() {
        return single("SELECT count(*) FROM record_change");
    }

    /** Every before and after ever kept, as one text, to look for what must never be there. */
    public String allText() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT coalesce(string_agg(coalesce(CAST(before AS text), '') || ' ' "
                             + "|| coalesce(CAST(after AS text), ''), ' '), '') FROM record_change");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long single(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
