package org.workforceinsight.imports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of an import format: its header, how its text is read and checked, and the database
 * column it fills. The checks mirror the table's constraints, so that a row that passes them is not
 * refused by the database half-way through a file.
 */
record Column(String name, Type type, boolean required, boolean key, String dbColumn, Integer maxLength,
              List<String> values, Codes codes, Ref ref, BigDecimal min, boolean minExclusive, BigDecimal max,
              int scale, Object whenEmpty, boolean healthDetail, String description, String example) {

    enum Type { TEXT, DATE, DECIMAL, INTEGER, BOOLEAN, CODE, REFERENCE }

    /** Code lists kept in tables (so a council's own codes are accepted without a change here). */
    enum Codes {
        ROLE("SELECT code FROM role ORDER BY display_order"),
        SICKNESS_REASON("SELECT code FROM sickness_reason ORDER BY display_order"),
        LEAVING_REASON("SELECT code FROM leaving_reason WHERE active ORDER BY display_order");

        final String query;

        Codes(String query) {
            this.query = query;
        }
    }

    /** What a reference column names, and how the name is turned into this system's id. */
    enum Ref {
        WORKER("a worker, by external id", "SELECT external_id, id FROM worker"),
        // a service too: a head of service is assigned to the service itself, and an export of the assignments
        // must be importable again
        TEAM("a team (or a service, for staff assigned to the service itself), by its external code or its id in "
                + "this system",
                "SELECT external_code, id FROM org_node WHERE node_type IN ('team', 'service') "
                        + "AND external_code IS NOT NULL "
                        + "UNION ALL SELECT id::text, id FROM org_node WHERE node_type IN ('team', 'service')"),
        // a record without an external id (recorded through the API) is named by its id in this system, as an
        // export of the data set names it (ImportFiles)
        POST("a post, by external id (or its id in this system when it has none)",
                "SELECT coalesce(external_id, id::text), id FROM post"),
        AGENCY_EMPLOYMENT("an assignment whose employment type is agency, by external id (or its id in this "
                + "system when it has none)",
                "SELECT coalesce(external_id, id::text), id FROM assignment WHERE employment_type = 'agency'"),
        AGENCY_ASSIGNMENT("an agency assignment (an assignment with agency terms imported), by external id (or "
                + "its id in this system when it has none)",
                "SELECT coalesce(a.external_id, a.id::text), a.id FROM assignment a "
                        + "JOIN agency_assignment g ON g.assignment_id = a.id");

        final String describe;
        final String query;

        Ref(String describe, String query) {
            this.describe = describe;
            this.query = query;
        }
    }

    static Column text(String name, String dbColumn, int maxLength, boolean required, String description, String example) {
        return new Column(name, Type.TEXT, required, false, dbColumn, maxLength, List.of(), null, null, null, false, null,
                0, null, false, description, example);
    }

    static Column externalId(String description, String example) {
        return new Column("externalId", Type.TEXT, true, true, "external_id", 64, List.of(), null, null, null, false, null,
                0, null, false, description, example);
    }

    static Column date(String name, String dbColumn, boolean required, String description, String example) {
        return new Column(name, Type.DATE, required, false, dbColumn, null, List.of(), null, null, null, false, null, 0,
                null, false, description, example);
    }

    static Column decimal(String name, String dbColumn, boolean required, String min, boolean minExclusive, String max,
                          int scale, String description, String example) {
        return new Column(name, Type.DECIMAL, required, false, dbColumn, null, List.of(), null, null, new BigDecimal(min),
                minExclusive, new BigDecimal(max), scale, null, false, description, example);
    }

    static Column integer(String name, String dbColumn, boolean required, int min, int max, String description,
                          String example) {
        return new Column(name, Type.INTEGER, required, false, dbColumn, null, List.of(), null, null, BigDecimal.valueOf(min),
                false, BigDecimal.valueOf(max), 0, null, false, description, example);
    }

    static Column bool(String name, String dbColumn, Boolean whenEmpty, String description, String example) {
        return new Column(name, Type.BOOLEAN, false, false, dbColumn, null, List.of(), null, null, null, false, null, 0,
                whenEmpty, false, description, example);
    }

    static Column code(String name, String dbColumn, boolean required, List<String> values, String description,
                       String example) {
        return new Column(name, Type.CODE, required, false, dbColumn, null, values, null, null, null, false, null, 0, null,
                false, description, example);
    }

    static Column code(String name, String dbColumn, boolean required, Codes codes, String description, String example) {
        return new Column(name, Type.CODE, required, false, dbColumn, null, List.of(), codes, null, null, false, null, 0,
                null, false, description, example);
    }

    static Column reference(String name, String dbColumn, boolean required, Ref ref, String description, String example) {
        return new Column(name, Type.REFERENCE, required, false, dbColumn, null, List.of(), null, ref, null, false, null,
                0, null, false, description, example);
    }

    Column asKey() {
        return new Column(name, type, true, true, dbColumn, maxLength, values, codes, ref, min, minExclusive, max, scale,
                whenEmpty, healthDetail, description, example);
    }

    /** Kept apart as health data (special category): written to its own table, never into the change history. */
    Column asHealthDetail() {
        return new Column(name, type, required, key, dbColumn, maxLength, values, codes, ref, min, minExclusive, max,
                scale, whenEmpty, true, description, example);
    }
}
