package org.workforceinsight.reports;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.workforceinsight.shared.ProblemException;

/** The file formats an export comes in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX(XlsxWriter.MEDIA_TYPE, "xlsx");

    public final String mediaType;
    public final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The {@code format} parameter when given (400 naming it when it is neither csv nor xlsx), else XLSX when
     * the caller accepts the XLSX media type, else CSV.
     */
    public static ExportFormat choose(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw ProblemException.invalidField("format", "must be csv or xlsx");
            };
        }
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(XlsxWriter.MEDIA_TYPE) ? XLSX : CSV;
    }
}
