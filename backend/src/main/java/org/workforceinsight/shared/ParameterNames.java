package org.workforceinsight.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.workforceinsight.api.model.Violation;

/**
 * Finds the contract's name for a failing request field. The resource classes implement the
 * interfaces generated from the contract, and only those interfaces carry {@code @QueryParam} and
 * {@code @PathParam}, so the names are looked up on the whole type hierarchy.
 */
final class ParameterNames {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("^[+-]?[0-9]+$");

    private ParameterNames() {
    }

    /** The field a bean validation violation is about: a parameter name or a dotted JSON property path. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String methodName = null;
        List<Class<?>> parameterTypes = List.of();
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                Path.MethodNode method = node.as(Path.MethodNode.class);
                methodName = method.getName();
                parameterTypes = method.getParameterTypes();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                parameter = methodName == null ? node.getName()
                        : contractName(violation.getRootBeanClass(), methodName, parameterTypes, index)
                                .orElse(node.getName());
            } else if (node.getName() != null) {
                properties.add(node.getIndex() != null ? node.getName() + "." + node.getIndex() : node.getName());
            }
        }
        if (!properties.isEmpty()) {
            // a request body: its JSON property path, without the Java parameter name
            return String.join(".", properties);
        }
        if (parameter != null) {
            return parameter;
        }
        return violation.getPropertyPath().toString();
    }

    /**
     * The query parameters ({@code query} true) or path parameters of the matched operation whose
     * values cannot be converted to the parameter's type (bad date, number, enum value or uuid).
     */
    static List<Violation> invalidParameters(ResourceInfo resourceInfo, UriInfo uriInfo, boolean query) {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null || uriInfo == null) {
            return List.of();
        }
        Method method = resourceInfo.getResourceMethod();
        Class<?> resourceClass = resourceInfo.getResourceClass() != null ? resourceInfo.getResourceClass()
                : method.getDeclaringClass();
        MultivaluedMap<String, String> values = query ? uriInfo.getQueryParameters() : uriInfo.getPathParameters();
        List<Violation> violations = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Optional<String> name = annotatedName(resourceClass, method.getName(), Arrays.asList(types), i, query);
            if (name.isEmpty() || !values.containsKey(name.get())) {
                continue;
            }
            Class<?> valueType = elementType(types[i], method.getGenericParameterTypes()[i]);
            for (String value : values.get(name.get())) {
                Optional<String> problem = conversionProblem(valueType, value);
                if (problem.isPresent()) {
                    violations.add(new Violation().field(name.get()).detail(problem.get()));
                    break;
                }
            }
        }
        return violations;
    }

    /** The type each value converts to: a repeated parameter ({@code List<MeasureId>}) converts each to its element type. */
    private static Class<?> elementType(Class<?> type, java.lang.reflect.Type genericType) {
        if (java.util.Collection.class.isAssignableFrom(type)
                && genericType instanceof java.lang.reflect.ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type;
    }

    private static Optional<String> contractName(Class<?> type, String methodName, List<Class<?>> parameterTypes,
                                                 int index) {
        Optional<String> query = annotatedName(type, methodName, parameterTypes, index, true);
        return query.isPresent() ? query : annotatedName(type, methodName, parameterTypes, index, false);
    }

    private static Optional<String> annotatedName(Class<?> type, String methodName, List<Class<?>> parameterTypes,
                                                  int index, boolean queryParam) {
        for (Class<?> candidate : hierarchy(type)) {
            Method method;
            try {
                method = candidate.getDeclaredMethod(methodName, parameterTypes.toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (index >= method.getParameterCount()) {
                continue;
            }
            for (Annotation annotation : method.getParameterAnnotations()[index]) {
                if (queryParam && annotation instanceof QueryParam q) {
                    return Optional.of(q.value());
                }
                if (!queryParam && annotation instanceof PathParam p) {
                    return Optional.of(p.value());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> result = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> current = pending.poll();
            if (current == null || current == Object.class || !seen.add(current)) {
                continue;
            }
            result.add(current);
            if (current.getSuperclass() != null) {
                pending.add(current.getSuperclass());
            }
            pending.addAll(Arrays.asList(current.getInterfaces()));
        }
        return result;
    }

    private static Optional<String> conversionProblem(Class<?> type, String value) {
        if (type == LocalDate.class) {
            try {
                LocalDate.parse(value);
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of("must be a date in the form YYYY-MM-DD");
            }
        }
        if (type == java.util.UUID.class) {
            try {
                java.util.UUID.fromString(value);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of("must be a UUID");
            }
        }
        // parsed as the converters parse them (no blanks, within the type's range)
        if (type == Integer.class || type == int.class) {
            try {
                Integer.parseInt(value);
                return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(WHOLE_NUMBER.matcher(value).matches() ? "is out of range"
                        : "must be a whole number");
            }
        }
        if (type == Long.class || type == long.class) {
            try {
                Long.parseLong(value);
                return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(WHOLE_NUMBER.matcher(value).matches() ? "is out of range"
                        : "must be a whole number");
            }
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            String allowed = Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
            for (Object constant : constants) {
                if (String.valueOf(constant).equals(value)) {
                    return Optional.empty();
                }
            }
            if (!hasStaticFromString(type)) {
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of("must be one of: " + allowed);
        }
        return Optional.empty();
    }

    private static boolean hasStaticFromString(Class<?> type) {
        try {
            return Modifier.isStatic(type.getMethod("fromString", String.class).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
