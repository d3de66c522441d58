package org.xinyidai.credit.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.xinyidai.credit.CreditSource;

/**
 * One checked record of a source about an enterprise: who issued it, when it happened and ended, and the source's
 * own fields in their typed slots ({@link RecordLayout} says which field of which source goes where).
 *
 * @param kind      a choice's code (status, severity, list, grade, utility kind) or a licence type
 * @param reference a decision, licence or case number, or the legal representative
 * @param amount    yuan, two decimals (capital, penalty, taxes, utility bill, enforcement)
 * @param quantity  a headcount, contributors, arrears months or a year
 * @param detail    a cause, reason, title or the registration changes
 */
public record CreditRecord(CreditSource source, String sourceRecordId, String uscc, String authority,
                           LocalDate eventDate, LocalDate endDate, String kind, String reference, BigDecimal amount,
                           Integer quantity, String detail) {

    /** True when every field but the source record id is the same (a re-sent record changes nothing). */
    boolean sameAs(CreditRecord other) {
        return source == other.source && uscc.equals(other.uscc) && authority.equals(other.authority)
                && eventDate.equals(other.eventDate) && Objects.equals(endDate, other.endDate)
                && Objects.equals(kind, other.kind) && Objects.equals(reference, other.reference)
                && (amount == null ? other.amount == null : other.amount != null && amount.compareTo(other.amount) == 0)
                && Objects.equals(quantity, other.quantity) && Objects.equals(detail, other.detail);
    }
}
