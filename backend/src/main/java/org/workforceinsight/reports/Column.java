package org.workforceinsight.reports;

/**
 * One column of an exported table: its heading (the JSON property path, e.g. {@code worker.familyName}, so a
 * file and the JSON it mirrors name things alike) and the type its cells are written as.
 */
public record Column(String name, Type type) {

    /** How a cell is written: XLSX cell types and styles follow from it, CSV only formats the text. */
    public enum Type {
        TEXT, INTEGER, DECIMAL, DATE, DATE_TIME, BOOLEAN
    }

    public static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    public static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    public static Column decimal(String name) {
        return new Column(name, Type.DECIMAL);
    }

    public static Column date(String name) {
        return new Column(name, Type.DATE);
    }
}
