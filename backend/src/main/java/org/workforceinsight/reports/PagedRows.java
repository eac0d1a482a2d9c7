package org.workforceinsight.reports;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.workforceinsight.shared.Paging;

/**
 * Every row of a paged list operation, read through the same service method the JSON list calls, a chunk at
 * a time. The first chunk is read when the export is set up, before the response starts, so that a bad
 * filter, an unknown node or one outside the caller's scope is still a problem+json answer and never half a
 * file; the rest are read while the file is written.
 */
final class PagedRows<P, T> implements Table.RowSource {

    /** Rows per call: larger than the API's page limit, which protects clients, not the server. */
    static final int CHUNK = 1000;

    private final Function<Paging, P> fetch;
    private final Function<P, List<T>> items;
    private final ToLongFunction<P> total;
    private final ModelColumns<T> columns;
    private final P first;

    PagedRows(Function<Paging, P> fetch, Function<P, List<T>> items, ToLongFunction<P> total,
              ModelColumns<T> columns) {
        this.fetch = fetch;
        this.items = items;
        this.total = total;
        this.columns = columns;
        this.first = fetch.apply(new Paging(0, CHUNK));
    }

    @Override
    public void forEach(Table.RowSink sink) throws java.io.IOException {
        P page = first;
        long count = total.applyAsLong(first);
        for (int number = 0; ; ) {
            for (T item : items.apply(page)) {
                sink.row(columns.values(item));
            }
            number++;
            if ((long) number * CHUNK >= count) {
                return;
            }
            page = fetch.apply(new Paging(number, CHUNK));
        }
    }
}
