package org.xinyidai.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many rows the whole list has: what every paged list of the platform returns and
 * what the pager fragment ({@code fragments/widgets :: pager(page)}) shows. A page past the end is empty and
 * says so; it never claims "2 / 1".
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
        if (total < 0) {
            throw new IllegalArgumentException("A list cannot have fewer than no rows");
        }
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), 0, request);
    }

    /** The page number asked for (from 1). */
    public int number() {
        return request.number();
    }

    /** How many pages the whole list fills; at least one, so an empty list reads "1 / 1". */
    public int pages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    public boolean hasNext() {
        return number() < pages();
    }

    /** Past the end of the list (e.g. {@code ?page=9} of a two-page list). */
    public boolean isPastTheEnd() {
        return number() > pages();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}
