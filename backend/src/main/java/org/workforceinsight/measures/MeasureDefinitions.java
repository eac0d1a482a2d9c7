package org.workforceinsight.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The plain-English definition of each measure, kept in {@code measure-definitions.properties} beside this
 * class so that the wording can change without touching the catalogue.
 */
public final class MeasureDefinitions {

    private static final Map<Measure, String> TEXTS = load();

    private MeasureDefinitions() {
    }

    public static String of(Measure measure) {
        return TEXTS.get(measure);
    }

    private static Map<Measure, String> load() {
        Properties properties = new Properties();
        try (InputStream in = MeasureDefinitions.class.getResourceAsStream("measure-definitions.properties")) {
            if (in == null) {
                throw new IllegalStateException("measure-definitions.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Measure, String> texts = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            String text = properties.getProperty(measure.id);
            if (text == null || text.isBlank()) {
                throw new IllegalStateException("No definition for measure " + measure.id);
            }
            texts.put(measure, text.strip());
        }
        return texts;
    }
}
