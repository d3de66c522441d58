package org.xinyidai.credit.data;

import java.util.Set;

/** What writing a batch's good rows did: records added, changed, left as they were, and the enterprises touched. */
record Applied(int added, int updated, int unchanged, Set<String> changedUsccs) {
}
