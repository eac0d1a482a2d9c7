package org.workforceinsight.measures;

/** The geographic levels of the DfE indicators file, with the label the file uses. */
public enum GeographicLevel {
    NATIONAL("National"),
    REGIONAL("Regional"),
    LOCAL_AUTHORITY("Local authority");

    private final String label;

    GeographicLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level for the file's label; an unknown label is an error naming it. */
    public static GeographicLevel fromLabel(String label) {
        for (GeographicLevel level : values()) {
            if (level.label.equalsIgnoreCase(label.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown geographic_level '" + label + "'");
    }
}
