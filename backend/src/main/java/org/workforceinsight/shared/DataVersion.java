package org.workforceinsight.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code data_version} row (migration V4): every committed transaction that wrote a table the measures
 * or the organisation tree read moves it on by one, so anything kept in memory and labelled with the version
 * it was read at is current exactly while the row still says that version. One primary-key read.
 */
@ApplicationScoped
public class DataVersion {

    @Inject
    DataSource dataSource;

    /**
     * The row as one statement saw it, and whether the caller's transaction has written anything yet (then
     * nothing kept may answer it: it cannot show the transaction's own uncommitted change).
     *
     * @param epoch the row's identity: a database rebuilt from scratch starts at version 1 again, and must not
     *        be taken for the one something was kept from
     */
    public record Seen(UUID epoch, long version, boolean wroteInTransaction) {

        /** Whether something kept at {@code kept} still answers for what this statement saw. */
        public boolean answeredBy(Seen kept) {
            return !wroteInTransaction && kept != null && epoch.equals(kept.epoch) && kept.version >= version;
        }
    }

    /** Reads the row; call inside the transaction that will use what is kept. */
    public Seen read() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT epoch, version, txid_current_if_assigned() IS NOT NULL "
                        + "FROM data_version")) {
            if (!rs.next()) {
                throw new IllegalStateException("The data_version row is missing (migration V4)");
            }
            return new Seen(rs.getObject(1, UUID.class), rs.getLong(2), rs.getBoolean(3));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data version", e);
        }
    }
}
