package org.workforceinsight.reports;

import java.io.IOException;
import java.util.List;

/**
 * Rows to export: fixed columns and a source that hands the rows over one by one, so a writer can stream a
 * large export page by page instead of holding it.
 *
 * @param fileStem the file name before the date and extension, e.g. "absences"
 */
public record Table(String fileStem, List<Column> columns, RowSource rows, About about) {

    /** Hands each row (one value per column, null for an empty cell) to the sink, in order. */
    @FunctionalInterface
    public interface RowSource {
        void forEach(RowSink sink) throws IOException;
    }

    @FunctionalInterface
    public interface RowSink {
        void row(List<Object> values) throws IOException;
    }
}
