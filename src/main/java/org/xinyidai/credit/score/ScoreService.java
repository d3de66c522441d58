package org.xinyidai.credit.score;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.xinyidai.credit.CreditProperties;
import org.xinyidai.credit.CreditRecordsReceived;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.CreditStanding;
import org.xinyidai.credit.data.CreditRecord;
import org.xinyidai.credit.data.CreditRecords;
import org.xinyidai.shared.admission.TaxCreditGrade;

/**
 * Scores enterprises with the scorecard in force and keeps the result. A batch that changed records scores the
 * enterprises it touched again, after its commit (a listener recorded in the event publication registry, so a crash
 * before it ran is made good at the next start).
 */
@Service
public class ScoreService {

    private static final int CHUNK = 500;

    private final CreditRecords records;
    private final Scorecard card;
    private final Scores scores;
    private final CreditProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** One scoring transaction at a time in this process (see {@link #on}). */
    private final ReentrantLock scoring = new ReentrantLock();

    ScoreService(CreditRecords records, Scorecard card, Scores scores, CreditProperties properties, Clock clock,
                 PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.records = records;
        this.card = card;
        this.scores = scores;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Batches arrive on several threads at once (the demo city sends thirteen in one transaction): scoring runs one
     * chunk at a time, each in its own transaction, so two never replace the same enterprise's score together.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CreditRecordsReceived received) {
        inChunks(List.copyOf(received.usccs()));
    }

    /** Scores these enterprises again from their records as they are now. */
    @Transactional
    public void rescore(Collection<String> usccs) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        for (String uscc : usccs) {
            scores.save(Scoring.score(card, uscc, records.recordsOf(uscc), today, properties.adverseRetention(), now));
        }
    }

    /** Every enterprise with records scored again (a new scorecard version, the benchmark); how many. */
    public int rescoreAll() {
        List<String> all = records.enterprises();
        inChunks(all);
        return all.size();
    }

    private void inChunks(List<String> usccs) {
        for (int from = 0; from < usccs.size(); from += CHUNK) {
            List<String> chunk = usccs.subList(from, Math.min(usccs.size(), from + CHUNK));
            scoring.lock();
            try {
                transactions.executeWithoutResult(status -> rescore(chunk));
            } finally {
                scoring.unlock();
            }
        }
    }

    /**
     * What products' admission conditions ask: the latest tax credit grade, the score's grade, and whether a
     * dishonesty listing is open today; each null when the platform holds nothing it could tell from.
     */
    public CreditStanding standing(String uscc) {
        List<CreditRecord> held = records.recordsOf(uscc);
        if (held.isEmpty()) {
            return CreditStanding.unknown();
        }
        LocalDate today = LocalDate.now(clock);
        TaxCreditGrade tax = held.stream().filter(r -> r.source() == CreditSource.TAX_GRADE)
                .max(java.util.Comparator.comparing(CreditRecord::quantity).thenComparing(CreditRecord::eventDate))
                .map(r -> TaxCreditGrade.valueOf(r.kind())).orElse(null);
        boolean listed = held.stream().anyMatch(r -> r.source() == CreditSource.DISHONESTY
                && (r.endDate() == null || r.endDate().isAfter(today)));
        return new CreditStanding(tax, scores.find(uscc).map(CreditScore::grade).orElse(null), listed);
    }

    public Optional<CreditScore> score(String uscc) {
        return scores.find(uscc);
    }

    /**
     * What would raise a score, line by line: for each characteristic below its best bin (with data), the value of the
     * next better bin and the points it would add, most points first.
     */
    public List<Raise> raises(CreditScore score) {
        return score.points().stream().filter(p -> !p.noData() && p.shortfall() > 0)
                .flatMap(p -> card.bins(p.characteristic()).nextBetter(p.value()).stream()
                        .map(bin -> new Raise(p.characteristic(), bin.from(), bin.points() - p.points())))
                .filter(r -> r.points() > 0)
                .sorted(java.util.Comparator.comparingInt(Raise::points).reversed()).toList();
    }
}
