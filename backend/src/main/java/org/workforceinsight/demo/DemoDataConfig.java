package org.workforceinsight.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the demo council ({@code workforce.demo-data.*}). */
@ConfigMapping(prefix = "workforce.demo-data")
public interface DemoDataConfig {

    /** Load the demo council at start-up when the organisation table is empty. */
    @WithDefault("false")
    boolean enabled();

    /** Seed of the generator: the same seed and date give the same council. */
    @WithDefault("20261122")
    long seed();
}
