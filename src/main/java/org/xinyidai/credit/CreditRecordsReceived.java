package org.xinyidai.credit;

import java.util.Set;

/**
 * A batch of credit records was kept (added or changed): the enterprises it touched are scored again.
 *
 * @param batchId the (last) batch that changed them
 * @param source  its source, or null when several sources' batches are announced together (the generator)
 * @param usccs   the enterprises (by unified social credit code) whose records changed
 */
public record CreditRecordsReceived(long batchId, CreditSource source, Set<String> usccs) {

    public CreditRecordsReceived {
        usccs = Set.copyOf(usccs);
    }
}
