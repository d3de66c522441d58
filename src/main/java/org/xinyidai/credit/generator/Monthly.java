package org.xinyidai.credit.generator;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.generator.SyntheticCity.Enterprise;

/**
 * The monthly sources of one enterprise over the 24 months before the city's today (from its founding on): taxes
 * paid with some zero-filing months, insured staff (a sixth of the troubled ones losing a third or more in the last
 * three months), housing fund contributors for most, water and electricity with arrears for a few.
 */
final class Monthly {

    private static final int MONTHS = 24;

    private Monthly() {
    }

    static void of(CreditSource source, Enterprise e, Random r, List<Map<String, String>> rows) {
        YearMonth last = YearMonth.from(e.today()).minusMonths(1);
        YearMonth first = YearMonth.from(e.establishedOn());
        boolean shrinking = e.trouble() >= 40 && e.trouble() < 46;
        if (source == CreditSource.TAXES_PAID && e.trouble() >= 70 && e.trouble() < 78
                || source == CreditSource.HOUSING_FUND && e.taxLevel() < 0.35) {
            return;
        }
        for (int m = MONTHS - 1; m >= 0; m--) {
            YearMonth month = last.minusMonths(m);
            if (month.isBefore(first)) {
                continue;
            }
            double staff = e.staff() * (shrinking && m < 3 ? 0.55 : 1.0) * (0.95 + r.nextDouble() * 0.1);
            switch (source) {
                case TAXES_PAID -> {
                    Map<String, String> row = e.row(source, m, "税务局");
                    boolean zero = r.nextInt(12) == 0 || e.taxLevel() < 0.05;
                    row.put("month", month.toString());
                    row.put("amount", zero ? "0.00" : e.yuan(e.staff() * 800 * (0.2 + e.taxLevel()) * (0.7 + r.nextDouble() * 0.6)).toPlainString());
                    rows.add(row);
                }
                case SOCIAL_INSURANCE -> {
                    Map<String, String> row = e.row(source, m, "人力资源和社会保障局");
                    row.put("month", month.toString());
                    row.put("headcount", String.valueOf(Math.max(1, Math.round(staff))));
                    rows.add(row);
                }
                case HOUSING_FUND -> {
                    Map<String, String> row = e.row(source, m, "住房公积金管理中心");
                    row.put("month", month.toString());
                    row.put("contributors", String.valueOf(Math.max(0, Math.round(staff * 0.8))));
                    rows.add(row);
                }
                default -> utilities(e, r, rows, m, month);
            }
        }
    }

    private static void utilities(Enterprise e, Random r, List<Map<String, String>> rows, int m, YearMonth month) {
        boolean inArrears = e.trouble() >= 30 && e.trouble() < 35 && m < 3;
        for (String kind : new String[] {"ELECTRICITY", "WATER"}) {
            Map<String, String> row = e.row(CreditSource.UTILITIES, m * 2 + (kind.equals("WATER") ? 1 : 0),
                    kind.equals("WATER") ? "供水有限公司" : "供电局");
            row.put("month", month.toString());
            row.put("kind", kind);
            row.put("amount", e.yuan(e.staff() * (kind.equals("WATER") ? 40 : 300) * (0.8 + r.nextDouble() * 0.4)).toPlainString());
            row.put("arrears_months", inArrears ? String.valueOf(3 - m) : "0");
            rows.add(row);
        }
    }
}
