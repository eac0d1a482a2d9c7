package org.workforceinsight.shared;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** A kept record as the API shows it, with the version its ETag carries. */
public record Versioned<T>(T body, long version) {

    public String etag() {
        return ETags.of(version);
    }

    /** 200 with the record and its ETag: the answer of every GET and PUT of one kept record. */
    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).header("ETag", etag()).build();
    }

    /** 201 with the record, its URL in Location and its ETag: the answer of every POST that creates one. */
    public RestResponse<T> created(String location) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).header("ETag", etag()).entity(body)
                .build();
    }
}
