package org.xinyidai.credit.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;

/**
 * Loads a synthetic city through the same checks as any delivery, each source in batches of {@value #CHUNK} rows
 * (each its own transaction unless the caller has one), then has its enterprises scored once.
 */
@Service
public class CityLoader {

    static final int CHUNK = 50_000;

    private final IngestService ingest;
    private final Clock clock;

    CityLoader(IngestService ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
    }

    /** The city of this seed and size, as of today; how many rows were sent. */
    public long load(long seed, int enterprises, List<String> extraUsccs, boolean withFaults) {
        SyntheticCity city = new SyntheticCity(seed, enterprises, LocalDate.now(clock), extraUsccs, withFaults);
        Sent sent = new Sent();
        for (CreditSource source : CreditSource.values()) {
            List<RawRow> chunk = new ArrayList<>(CHUNK);
            int[] part = {0};
            city.rows(source, row -> {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    send(seed, source, ++part[0], chunk, sent);
                }
            });
            if (!chunk.isEmpty() || part[0] == 0) {
                send(seed, source, ++part[0], chunk, sent);
            }
        }
        ingest.scoreAgain(sent.lastBatch, null, sent.changed);
        return sent.rows;
    }

    private void send(long seed, CreditSource source, int part, List<RawRow> chunk, Sent sent) {
        IngestService.Ingested ingested = ingest.ingestUnscored(source, Channel.GENERATOR,
                "synthetic-city-" + seed + "-" + source.code() + "-" + part, null, List.copyOf(chunk));
        sent.changed.addAll(ingested.changedUsccs());
        sent.lastBatch = ingested.report().batchId();
        sent.rows += chunk.size();
        chunk.clear();
    }

    /** What a load has sent so far. */
    private static final class Sent {
        private final Set<String> changed = new HashSet<>();
        private long lastBatch;
        private long rows;
    }
}
