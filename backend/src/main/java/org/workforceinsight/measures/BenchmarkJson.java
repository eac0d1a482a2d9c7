package org.workforceinsight.measures;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.Set;
import org.workforceinsight.api.model.DfeIndicators;

/**
 * JSON for the benchmarks. A DfE figure that was suppressed or cannot be computed is sent as
 * {@code null} (the contract's nullable indicators), not left out as other absent values are. A JSON
 * array read into a Set (the contract's uniqueItems arrays, such as laCodes) keeps its order, so that
 * a bad item can be named by its index.
 */
@Singleton
public class BenchmarkJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.addMixIn(DfeIndicators.class, IndicatorsWithNulls.class);
        objectMapper.registerModule(new SimpleModule("ordered-sets")
                .addAbstractTypeMapping(Set.class, LinkedHashSet.class));
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract static class IndicatorsWithNulls {
    }
}
