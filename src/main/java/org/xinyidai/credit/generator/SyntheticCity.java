package org.xinyidai.credit.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.RawRow;
import org.xinyidai.shared.Uscc;

/**
 * A synthetic city (佛山's five districts): enterprises with valid USCCs and records of every source, drawn from a
 * seed, so the same seed and size give the same rows. Its mix exercises every edge the rules care about: revoked
 * and cancelled registrations, expired licences, penalties of each severity (some older than the retention
 * window), dishonesty and abnormal-operation listings (some removed), each tax grade, zero-filing months, staff
 * falling by a third, utility arrears, open and closed enforcement cases, honours, customs grades — and, when asked,
 * a few faulty rows (a wrong check character, an end before its start, an unknown value, a negative amount).
 *
 * @param extraUsccs enterprises (e.g. the demo ones) that take the first places of the city
 */
public record SyntheticCity(long seed, int enterprises, LocalDate today, List<String> extraUsccs, boolean withFaults) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] DISTRICTS = {"440604", "440605", "440606", "440607", "440608"};
    private static final String[] DISTRICT_NAMES = {"禅城区", "南海区", "顺德区", "三水区", "高明区"};
    /** The extra (demo) enterprises: one listed for abnormal operation, one plain, one honoured. */
    private static final int[] EXTRA_TROUBLES = {92, 50, 85};

    public SyntheticCity {
        extraUsccs = List.copyOf(extraUsccs);
    }

    /** The USCC of the city's i-th enterprise. */
    public String uscc(int i) {
        if (i < extraUsccs.size()) {
            return extraUsccs.get(i);
        }
        StringBuilder code = new StringBuilder("91").append(DISTRICTS[i % DISTRICTS.length]);
        long city = Math.floorMod(seed, 961);
        code.append(ALPHABET.charAt((int) (city / 31))).append(ALPHABET.charAt((int) (city % 31)));
        long n = i;
        char[] serial = new char[7];
        for (int k = 6; k >= 0; k--) {
            serial[k] = ALPHABET.charAt((int) (n % 31));
            n /= 31;
        }
        code.append(serial);
        return code.append(new Uscc(code + "0").expectedCheckCharacter()).toString();
    }

    /** Every row of a source, enterprise by enterprise, to the consumer. */
    public void rows(CreditSource source, Consumer<RawRow> out) {
        int[] line = {1};
        for (int i = 0; i < enterprises; i++) {
            Random random = new Random(seed * 1_000_003L + i * 131L + source.ordinal());
            Enterprise e = new Enterprise(i, uscc(i), new Random(seed * 7_919L + i), today);
            if (i < extraUsccs.size()) {
                e = e.asDemo(EXTRA_TROUBLES[i % EXTRA_TROUBLES.length]);
            }
            for (Map<String, String> values : Records.of(source, e, random)) {
                line[0]++;
                if (withFaults && i % 97 == 13 && line[0] % 3 == 0) {
                    Faults.spoil(values, random);
                }
                out.accept(new RawRow(line[0], values));
            }
        }
    }

    /** Every row of a source as a list (for small cities). */
    public List<RawRow> rows(CreditSource source) {
        List<RawRow> all = new ArrayList<>();
        rows(source, all::add);
        return all;
    }

    /** What every source of one enterprise draws on: its district, age, size and troubles, fixed by the seed. */
    record Enterprise(int index, String uscc, String district, LocalDate establishedOn, int staff, double taxLevel,
                      int trouble, LocalDate today) {

        Enterprise(int index, String uscc, Random r, LocalDate today) {
            this(index, uscc, DISTRICT_NAMES[index % DISTRICT_NAMES.length],
                    today.minusDays(180 + r.nextInt(25 * 365)), 1 + (int) Math.round(Math.exp(r.nextDouble() * 5.5)),
                    r.nextDouble(), r.nextInt(100), today);
        }

        /** A demo enterprise: ten years old, 60 staff or more, paying well (tax grade A), with the given trouble. */
        Enterprise asDemo(int value) {
            return new Enterprise(index, uscc, district, today.minusYears(10).minusDays(index * 40L), 60 + index * 25,
                    0.9, value, today);
        }

        Map<String, String> row(CreditSource source, int k, String authority) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("source_record_id", source.code() + "-" + uscc + "-" + k);
            values.put("uscc", uscc);
            values.put("authority", "佛山市" + district + authority);
            return values;
        }

        BigDecimal yuan(double amount) {
            return BigDecimal.valueOf(Math.max(0, Math.round(amount * 100)), 2);
        }
    }
}
