package org.workforceinsight.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.workforceinsight.api.model.CaseloadFigures;

/**
 * Absent values are left out of responses ({@code quarkus.jackson.serialization-inclusion=non_null}),
 * except the contract's nullable rates, which are sent as {@code null} when they have no value
 * (metrics.md: "sent as null").
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.addMixIn(CaseloadFigures.class, CaseloadFiguresNulls.class);
    }

    abstract static class CaseloadFiguresNulls {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Double getAverageCaseload();

        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Double getPercentOverThreshold();
    }
}
