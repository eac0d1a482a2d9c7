package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Table {@code measure_target}: a target per measure, council-wide (node null) or for a service or team. */
@ApplicationScoped
public class MeasureTargetRepository {

    /** A stored target with who set it and when. */
    public record StoredTarget(Measure measure, Rag.Target target, String updatedBy, OffsetDateTime updatedAt) {
    }

    @Inject
    DataSource dataSource;

    /** Every target, by measure; rows naming a measure the catalogue no longer has are left out. */
    public Map<Measure, List<StoredTarget>> all() {
        Map<Measure, List<StoredTarget>> result = new EnumMap<>(Measure.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT measure, node_id, target, direction, amber_tolerance, "
                     + "updated_by, updated_at FROM measure_target")) {
            while (rs.next()) {
                Optional<StoredTarget> stored = read(rs);
                stored.ifPresent(s -> result.computeIfAbsent(s.measure(), m -> new ArrayList<>()).add(s));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the measure targets", e);
        }
        return result;
    }

    /** Sets the measure's target for the node (council-wide when {@code nodeId} is null), replacing any there. */
    public StoredTarget save(Measure measure, UUID nodeId, BigDecimal target, Measure.Direction direction,
            BigDecimal amberTolerance, String updatedBy) {
        // the two partial unique indexes (one for nodes, one for the council-wide row) each need their own
        // conflict target
        String conflict = nodeId == null ? "(measure) WHERE node_id IS NULL" : "(measure, node_id) WHERE node_id IS NOT NULL";
        String sql = "INSERT INTO measure_target (id, measure, node_id, target, direction, amber_tolerance, updated_by, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT " + conflict + " DO UPDATE SET "
                + "target = EXCLUDED.target, direction = EXCLUDED.direction, amber_tolerance = EXCLUDED.amber_tolerance, "
                + "updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at "
                + "RETURNING measure, node_id, target, direction, amber_tolerance, updated_by, updated_at";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, measure.id);
            statement.setObject(3, nodeId);
            statement.setBigDecimal(4, target);
            statement.setString(5, directionValue(direction));
            statement.setBigDecimal(6, amberTolerance);
            statement.setString(7, updatedBy);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return read(rs).orElseThrow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the measure target", e);
        }
    }

    /** Removes the measure's target for the node (council-wide when null); false when there was none. */
    public boolean delete(Measure measure, UUID nodeId) {
        String sql = "DELETE FROM measure_target WHERE measure = ? AND "
                + (nodeId == null ? "node_id IS NULL" : "node_id = ?");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, measure.id);
            if (nodeId != null) {
                statement.setObject(2, nodeId);
            }
            return statement.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the measure target", e);
        }
    }

    public static String directionValue(Measure.Direction direction) {
        return direction == Measure.Direction.HIGHER_IS_BETTER ? "higher-is-better" : "lower-is-better";
    }

    private static Optional<StoredTarget> read(ResultSet rs) throws SQLException {
        Optional<Measure> measure = Measure.byId(rs.getString(1));
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        Measure.Direction direction = "higher-is-better".equals(rs.getString(4)) ? Measure.Direction.HIGHER_IS_BETTER
                : Measure.Direction.LOWER_IS_BETTER;
        Rag.Target target = new Rag.Target(rs.getObject(2, UUID.class), rs.getBigDecimal(3), direction,
                rs.getBigDecimal(5));
        return Optional.of(new StoredTarget(measure.get(), target, rs.getString(6),
                rs.getObject(7, OffsetDateTime.class)));
    }
}
