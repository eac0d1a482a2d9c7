package org.workforceinsight.shared;

/** A kept record as the API shows it, with the version its ETag carries. */
public record Versioned<T>(T body, long version) {

    public String etag() {
        return ETags.of(version);
    }
}
