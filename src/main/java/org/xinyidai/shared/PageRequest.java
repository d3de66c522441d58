package org.xinyidai.shared;

/**
 * Which page of a list a person asked for: page numbers start at 1 as people count them; a number below 1
 * reads as the first page. Repositories use {@link #offset()} and {@link #size()} in their query.
 */
public record PageRequest(int number, int size) {

    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one row");
        }
        number = Math.max(1, number);
    }

    public static PageRequest of(Integer number, int size) {
        return new PageRequest(number == null ? 1 : number, size);
    }

    public long offset() {
        return (long) (number - 1) * size;
    }
}
