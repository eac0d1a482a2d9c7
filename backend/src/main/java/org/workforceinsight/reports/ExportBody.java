package org.workforceinsight.reports;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An export's body: written straight to the response stream as the file is made. The generated interfaces
 * declare the body as a {@code String} (the contract's text/csv), for which the runtime fixes its string
 * writer, which would write {@code toString()}; {@link Interceptor} writes the file instead.
 */
public final class ExportBody {

    private final ExportFormat format;
    private final Table table;
    private final boolean keepForeignLayout;

    ExportBody(ExportFormat format, Table table, boolean keepForeignLayout) {
        this.format = format;
        this.table = table;
        this.keepForeignLayout = keepForeignLayout;
    }

    void writeTo(OutputStream out) throws IOException {
        if (format == ExportFormat.XLSX) {
            XlsxWriter.write(table, out);
        } else {
            CsvWriter.write(table, out, !keepForeignLayout);
        }
    }

    /** Marks the resources whose responses may carry an {@link ExportBody}. */
    @jakarta.ws.rs.NameBinding
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE, java.lang.annotation.ElementType.METHOD})
    public @interface Streamed {
    }

    /**
     * Writes an {@link ExportBody} to the response stream itself, in place of the writer the runtime chose
     * for the declared {@code String}: bound to the export resource only, so that every other endpoint keeps
     * the runtime's direct writing path.
     */
    @Provider
    @Streamed
    public static final class Interceptor implements WriterInterceptor {

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            if (context.getEntity() instanceof ExportBody body) {
                body.writeTo(context.getOutputStream());
                return;
            }
            context.proceed();
        }
    }
}
