package org.xinyidai.credit.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;

/** Loads a synthetic city through the same checks as any delivery, each source in batches of {@value #CHUNK} rows. */
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
        long sent = 0;
        for (CreditSource source : CreditSource.values()) {
            List<RawRow> chunk = new ArrayList<>(CHUNK);
            int[] part = {0};
            city.rows(source, row -> {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    send(seed, source, ++part[0], chunk);
                }
            });
            sent += (long) part[0] * CHUNK + chunk.size();
            if (!chunk.isEmpty() || part[0] == 0) {
                send(seed, source, ++part[0], chunk);
            }
        }
        return sent;
    }

    private void send(long seed, CreditSource source, int part, List<RawRow> chunk) {
        ingest.ingest(source, Channel.GENERATOR, "synthetic-city-" + seed + "-" + source.code() + "-" + part, null,
                List.copyOf(chunk));
        chunk.clear();
    }
}
