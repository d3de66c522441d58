package org.xinyidai.credit.data;

import java.util.List;
import org.xinyidai.credit.CreditSource;

/**
 * What became of a batch: how many rows, what was kept, and the rows not kept with their line and reason.
 *
 * @param rejected    how many rows were not kept
 * @param rejections  those rows, by line (a stored report lists at most the first {@value Batches#SHOWN})
 */
public record BatchReport(long batchId, CreditSource source, String name, int total, int added, int updated,
                          int unchanged, int rejected, List<Rejection> rejections) {

    public BatchReport {
        rejections = List.copyOf(rejections);
    }

    /** Rows kept: added, changed or already there. */
    public int kept() {
        return added + updated + unchanged;
    }
}
