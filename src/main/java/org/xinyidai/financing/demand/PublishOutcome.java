package org.xinyidai.financing.demand;

import java.util.List;
import org.xinyidai.shared.Refused;

/** A published demand's id, or the refusals that stopped it, each about a field (nothing is stored then). */
public record PublishOutcome(Long demandId, List<Refused> problems) {

    public PublishOutcome {
        problems = List.copyOf(problems);
    }

    static PublishOutcome published(long id) {
        return new PublishOutcome(id, List.of());
    }

    static PublishOutcome problems(List<Refused> problems) {
        return new PublishOutcome(null, problems);
    }

    public boolean published() {
        return demandId != null;
    }
}
