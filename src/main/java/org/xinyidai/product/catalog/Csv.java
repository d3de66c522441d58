package org.xinyidai.product.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets of codes stored as one comma-separated column. */
final class Csv {

    private Csv() {
    }

    static String join(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).sorted()
                .collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String csv, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(code -> Enum.valueOf(type, code)).forEach(set::add);
        }
        return set;
    }

    static Set<String> strings(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static <T> Set<T> map(String csv, Function<String, T> parse) {
        return strings(csv).stream().map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
