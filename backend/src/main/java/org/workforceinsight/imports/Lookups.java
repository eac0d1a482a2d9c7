package org.workforceinsight.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ids and codes an import's rows refer to, read once per import. Their size is that of the
 * organisation (thousands of workers), not of the file, so the first pass can check every reference
 * without a query per row.
 */
final class Lookups {

    private final DataSource dataSource;
    private final Map<Column.Ref, Map<String, UUID>> ids = new EnumMap<>(Column.Ref.class);
    private final Map<Column.Codes, Set<String>> codes = new EnumMap<>(Column.Codes.class);

    Lookups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    UUID id(Column.Ref ref, String name) {
        return ids.computeIfAbsent(ref, this::loadIds).get(name);
    }

    boolean isCode(Column.Codes list, String code) {
        return codes.computeIfAbsent(list, this::loadCodes).contains(code);
    }

    Set<String> codes(Column.Codes list) {
        return codes.computeIfAbsent(list, this::loadCodes);
    }

    private Map<String, UUID> loadIds(Column.Ref ref) {
        Map<String, UUID> result = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(ref.query)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getObject(2, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + ref, e);
        }
        return result;
    }

    private Set<String> loadCodes(Column.Codes list) {
        Set<String> result = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(list.query)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + list, e);
        }
        return result;
    }
}
