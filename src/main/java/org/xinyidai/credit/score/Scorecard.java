package org.xinyidai.credit.score;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinyidai.credit.CreditProperties;
import org.xinyidai.shared.admission.CreditGrade;

/** The scorecard in force: its version, each characteristic's bins and the grades' lower bounds. */
@Component
class Scorecard {

    private final String version;
    private final Map<Characteristic, Bins> bins = new EnumMap<>(Characteristic.class);
    private final int gradeA;
    private final int gradeB;
    private final int gradeC;

    Scorecard(CreditProperties properties) {
        CreditProperties.Scorecard settings = properties.scorecard();
        this.version = settings.version();
        for (Characteristic c : Characteristic.values()) {
            bins.put(c, Bins.parse(settings.characteristics().getOrDefault(c.name(), c.defaultBins())));
        }
        this.gradeA = settings.gradeA();
        this.gradeB = settings.gradeB();
        this.gradeC = settings.gradeC();
        if (!(gradeA > gradeB && gradeB > gradeC)) {
            throw new IllegalStateException("xyd.credit.scorecard grades must fall from A to C");
        }
    }

    String version() {
        return version;
    }

    Bins bins(Characteristic characteristic) {
        return bins.get(characteristic);
    }

    int points(Characteristic characteristic, BigDecimal value) {
        return bins.get(characteristic).points(value);
    }

    CreditGrade grade(int score) {
        return score >= gradeA ? CreditGrade.A : score >= gradeB ? CreditGrade.B : score >= gradeC ? CreditGrade.C
                : CreditGrade.D;
    }
}
