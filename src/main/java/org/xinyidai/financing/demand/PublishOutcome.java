package org.xinyidai.financing.demand;

import java.util.List;

/** A published demand's id, or the fields that stopped it (nothing is stored then). */
public record PublishOutcome(Long demandId, List<FieldProblem> problems) {

    public PublishOutcome {
        problems = List.copyOf(problems);
    }

    static PublishOutcome published(long id) {
        return new PublishOutcome(id, List.of());
    }

    static PublishOutcome problems(List<FieldProblem> problems) {
        return new PublishOutcome(null, problems);
    }

    public boolean published() {
        return demandId != null;
    }

    /** A field the form showed the person, and the message key to put beside it. */
    public record FieldProblem(String field, String messageKey) {
    }
}
