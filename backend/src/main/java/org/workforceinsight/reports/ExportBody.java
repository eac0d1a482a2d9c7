package org.workforceinsight.reports;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * An export's body: written straight to the response stream as the file is made. The generated interfaces
 * declare the body as a {@code String} (the contract's text/csv), for which the runtime fixes its string
 * writer, which would write {@code toString()}; {@link Interceptor} hands it to {@link Writer} instead (and a
 * {@link StreamingOutput}, the body of an import-format export, to the runtime's own writer for it).
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
     * Points the runtime at {@link Writer} for an {@link ExportBody} in place of the writer it fixed for the
     * declared {@code String}: bound to the export resource only, so that every other endpoint keeps the
     * runtime's direct writing path. The writing itself still goes through {@code proceed()}, which sends
     * the status and headers before the first byte of the file.
     */
    @Provider
    @Streamed
    public static final class Interceptor implements WriterInterceptor {

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            Class<?> type = context.getEntity() instanceof ExportBody ? ExportBody.class
                    : context.getEntity() instanceof StreamingOutput ? StreamingOutput.class : null;
            if (type != null) {
                context.setType(type);
                context.setGenericType(type);
                // a media type of another identity makes the runtime look the writer up again by the entity
                MediaType chosen = context.getMediaType();
                context.setMediaType(chosen == null ? MediaType.WILDCARD_TYPE
                        : new MediaType(chosen.getType(), chosen.getSubtype(), chosen.getParameters()));
            }
            context.proceed();
        }
    }

    /** Writes an {@link ExportBody} whatever the negotiated media type (the export chose it already). */
    @Provider
    @Produces(MediaType.WILDCARD)
    public static final class Writer implements MessageBodyWriter<ExportBody> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return ExportBody.class.isAssignableFrom(type);
        }

        @Override
        public void writeTo(ExportBody body, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
                throws IOException {
            body.writeTo(out);
        }
    }
}
