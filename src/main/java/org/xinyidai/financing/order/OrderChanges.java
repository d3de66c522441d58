package org.xinyidai.financing.order;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;

/**
 * What happened to an {@link Order} since it was loaded: whether its row changed (and when), the status it moved
 * to, the timeline entries and the events it raised — what {@link Orders#save} writes and the service publishes.
 */
final class OrderChanges {

    private LocalDateTime rowChangedAt;
    private OrderStatus movedTo;
    private final List<ProgressEntry> steps = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    void rowChanged(LocalDateTime at) {
        rowChangedAt = at;
    }

    void moved(OrderStatus to) {
        movedTo = to;
    }

    void step(ProgressKind kind, Actor by, OrderStatus from, OrderStatus to, String reasonCode, String note,
              LocalDateTime at) {
        steps.add(new ProgressEntry(at, by.accountId(), by.name(), kind, from, to, reasonCode, note));
    }

    void raise(Object event) {
        events.add(event);
    }

    /** When the row changed, or null when only the timeline grew. */
    LocalDateTime rowChangedAt() {
        return rowChangedAt;
    }

    OrderStatus movedTo() {
        return movedTo;
    }

    List<ProgressEntry> steps() {
        return List.copyOf(steps);
    }

    List<Object> events() {
        return List.copyOf(events);
    }
}
