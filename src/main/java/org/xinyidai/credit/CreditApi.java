package org.xinyidai.credit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.generator.CityLoader;
import org.xinyidai.credit.score.ScoreService;

/**
 * What other modules read of the credit module, and how the demo data seeds it.
 */
@Service
public class CreditApi {

    private final CityLoader city;
    private final IngestService ingest;
    private final ScoreService scores;

    CreditApi(CityLoader city, IngestService ingest, ScoreService scores) {
        this.city = city;
        this.ingest = ingest;
        this.scores = scores;
    }

    /**
     * An enterprise's tax credit grade, credit grade and dishonesty listing as products' admission conditions ask
     * them; {@link CreditStanding#unknown()} when the platform holds no credit record of it.
     */
    public CreditStanding standing(String uscc) {
        return scores.standing(uscc);
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
