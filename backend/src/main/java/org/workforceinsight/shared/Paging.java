package org.workforceinsight.shared;

/**
 * A requested page. The contract bounds page and size (size at most 200) and bean validation
 * rejects values outside them before a resource runs; the defaults are applied here too so that
 * services can be called directly.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
