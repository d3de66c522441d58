package org.xinyidai.credit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.generator.CityLoader;

/**
 * What other modules read of the credit module, and how the demo data seeds it.
 */
@Service
public class CreditApi {

    private final CityLoader city;
    private final IngestService ingest;

    CreditApi(CityLoader city, IngestService ingest) {
        this.city = city;
        this.ingest = ingest;
    }

    /**
     * Demo data: a synthetic city of this seed and size (with a few faulty rows, so the quality page has something to
     * show), the given enterprises first, unless a synthetic city was loaded before.
     */
    public void ensureSyntheticCity(long seed, int enterprises, List<String> firstUsccs) {
        if (!ingest.anyBatchBy(Channel.GENERATOR)) {
            city.load(seed, enterprises, firstUsccs, true);
        }
    }
}
