package org.workforceinsight.reports;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The columns of a contract model class (generated from the contract) and its values as one row: nested
 * objects become dotted columns ({@code worker.familyName}), lists one text cell ("a; b"), enums their
 * contract value. The columns follow the JSON property names and order, so the file and the JSON it mirrors
 * agree column for property, and a column is there whether or not a given row has a value.
 */
public final class ModelColumns<T> {

    private static final String MODEL_PACKAGE = "org.workforceinsight.api.model";
    private static final ObjectMapper INTROSPECTOR = new ObjectMapper();
    private static final int MAX_DEPTH = 3;

    /** Health data: only for callers allowed to read it. */
    public static final Set<String> HEALTH_PROPERTIES = Set.of("sicknessReason", "bradfordFactor");
    /** Commercial detail: only for callers allowed to read agency charges. */
    public static final Set<String> CHARGE_PROPERTIES = Set.of("chargeRate", "hourlyCharge", "cost");

    private record Leaf(Column column, List<AnnotatedMember> path) {
    }

    private final List<Leaf> leaves;

    private ModelColumns(List<Leaf> leaves) {
        this.leaves = List.copyOf(leaves);
    }

    /**
     * @param hidden property names (at any depth) left out of the file altogether, not just left empty
     */
    public static <T> ModelColumns<T> of(Class<T> type, Predicate<String> hidden) {
        List<Leaf> leaves = new ArrayList<>();
        collect(type, "", new ArrayList<>(), hidden, leaves, 0);
        return new ModelColumns<>(leaves);
    }

    private static void collect(Class<?> type, String prefix, List<AnnotatedMember> path, Predicate<String> hidden,
                                List<Leaf> leaves, int depth) {
        BeanDescription description = INTROSPECTOR.getSerializationConfig()
                .introspect(INTROSPECTOR.constructType(type));
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null || hidden.test(property.getName())) {
                continue;
            }
            Class<?> raw = property.getRawPrimaryType();
            String name = prefix + property.getName();
            List<AnnotatedMember> here = new ArrayList<>(path);
            here.add(accessor);
            if (isModel(raw) && depth < MAX_DEPTH) {
                collect(raw, name + ".", here, hidden, leaves, depth + 1);
            } else {
                leaves.add(new Leaf(new Column(name, typeOf(raw)), here));
            }
        }
    }

    private static boolean isModel(Class<?> raw) {
        return raw.getPackageName().equals(MODEL_PACKAGE) && !raw.isEnum();
    }

    static Column.Type typeOf(Class<?> raw) {
        if (raw == LocalDate.class) {
            return Column.Type.DATE;
        }
        if (raw == OffsetDateTime.class) {
            return Column.Type.DATE_TIME;
        }
        if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            return Column.Type.INTEGER;
        }
        if (raw == Double.class || raw == Float.class || raw == BigDecimal.class || raw == double.class) {
            return Column.Type.DECIMAL;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Column.Type.BOOLEAN;
        }
        return Column.Type.TEXT;
    }

    public List<Column> columns() {
        return leaves.stream().map(Leaf::column).toList();
    }

    /** One value per column: numbers, dates, timestamps and booleans as they are, the rest as text. */
    public List<Object> values(T item) {
        List<Object> values = new ArrayList<>(leaves.size());
        for (Leaf leaf : leaves) {
            Object value = item;
            for (AnnotatedMember member : leaf.path()) {
                value = value == null ? null : member.getValue(value);
            }
            values.add(cell(value));
        }
        return values;
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof LocalDate
                || value instanceof OffsetDateTime || value instanceof String) {
            return value;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        // enums (their toString is the contract value), UUIDs
        return value.toString();
    }
}
