package org.workforceinsight.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
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

    /**
     * A stored target with who set it and when, its id and its version. Written only through
     * recording/MeasureTargetRecordService, which versions each change and keeps its history.
     */
    public record StoredTarget(UUID id, long version, Measure measure, Rag.Target target, String updatedBy,
                               OffsetDateTime updatedAt) {
    }

    @Inject
    DataSource dataSource;

    /** Every target, by measure; rows naming a measure the catalogue no longer has are left out. */
    public Map<Measure, List<StoredTarget>> all() {
        Map<Measure, List<StoredTarget>> result = new EnumMap<>(Measure.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT measure, node_id, target, direction, amber_tolerance, "
                     + "updated_by, updated_at, id, version FROM measure_target")) {
            while (rs.next()) {
                Optional<StoredTarget> stored = read(rs);
                stored.ifPresent(s -> result.computeIfAbsent(s.measure(), m -> new ArrayList<>()).add(s));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the measure targets", e);
        }
        return result;
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
        return Optional.of(new StoredTarget(rs.getObject(8, UUID.class), rs.getLong(9), measure.get(), target,
                rs.getString(6),
                rs.getObject(7, OffsetDateTime.class)));
    }
}
