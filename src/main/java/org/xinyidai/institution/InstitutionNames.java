package org.xinyidai.institution;

import java.io.Serializable;
import java.util.Map;

/** Institution names by id; immutable and serialisable, as the cache keeps it. */
public record InstitutionNames(Map<Long, String> byId) implements Serializable {

    public InstitutionNames {
        byId = Map.copyOf(byId);
    }

    /** The name, or an empty string for an unknown id. */
    public String of(long institutionId) {
        return byId.getOrDefault(institutionId, "");
    }
}
