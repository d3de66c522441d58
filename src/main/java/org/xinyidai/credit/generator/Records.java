package org.xinyidai.credit.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.generator.SyntheticCity.Enterprise;

/** The rows one enterprise of the synthetic city has in one source (the mix is described on {@link SyntheticCity}). */
final class Records {

    private static final String[] GRADES = {"A", "B", "M", "C", "D"};
    private static final String[] SEVERITIES = {"GENERAL", "MAJOR", "SERIOUS"};
    private static final String[] LICENCES = {"食品经营许可证", "排污许可证", "危险化学品经营许可证", "建筑业企业资质", "道路运输经营许可证"};
    private static final String[] HONOURS = {"守合同重信用企业", "纳税信用A级纳税人", "高新技术企业", "专精特新中小企业"};

    private Records() {
    }

    static List<Map<String, String>> of(CreditSource source, Enterprise e, Random r) {
        List<Map<String, String>> rows = new ArrayList<>();
        switch (source) {
            case REGISTRATION -> registration(e, r, rows);
            case LICENCE -> {
                for (int k = 0; k < r.nextInt(4); k++) {
                    Map<String, String> row = e.row(source, k, "市场监督管理局");
                    LocalDate from = after(e, e.establishedOn(), r, 3000);
                    row.put("licence_type", LICENCES[r.nextInt(LICENCES.length)]);
                    row.put("licence_number", "XK" + e.uscc().substring(8, 16) + k);
                    row.put("valid_from", from.toString());
                    row.put("valid_to", r.nextInt(4) == 0 ? "" : from.plusYears(3).toString());
                    rows.add(row);
                }
            }
            case PENALTY -> adverse(e, r, rows, source, e.trouble() < 15 ? 1 + r.nextInt(3) : 0);
            case DISHONESTY -> adverse(e, r, rows, source, e.trouble() < 2 ? 1 : 0);
            case ABNORMAL_OPERATION -> adverse(e, r, rows, source, e.trouble() >= 90 && e.trouble() < 96 ? 1 : 0);
            case COURT_ENFORCEMENT -> adverse(e, r, rows, source, e.trouble() >= 2 && e.trouble() < 6 ? 1 + r.nextInt(2) : 0);
            case TAX_GRADE -> taxGrades(e, r, rows);
            case TAXES_PAID, SOCIAL_INSURANCE, HOUSING_FUND, UTILITIES -> Monthly.of(source, e, r, rows);
            case HONOURS -> {
                if (e.trouble() >= 80 && e.trouble() < 90) {
                    Map<String, String> row = e.row(source, 0, "人民政府");
                    row.put("title", HONOURS[r.nextInt(HONOURS.length)]);
                    row.put("awarded_on", after(e, e.establishedOn(), r, 2000).toString());
                    rows.add(row);
                }
            }
            case CUSTOMS -> {
                if (e.index() % 12 == 5) {
                    Map<String, String> row = e.row(source, 0, "海关");
                    row.put("grade", e.trouble() < 10 ? "DISHONEST" : e.taxLevel() > 0.7 ? "ADVANCED" : "GENERAL_CREDIT");
                    row.put("decided_on", after(e, e.establishedOn(), r, 1500).toString());
                    rows.add(row);
                }
            }
            default -> throw new IllegalStateException(source.name());
        }
        return rows;
    }

    private static void registration(Enterprise e, Random r, List<Map<String, String>> rows) {
        Map<String, String> row = e.row(CreditSource.REGISTRATION, 0, "市场监督管理局");
        int status = e.trouble();
        row.put("established_on", e.establishedOn().toString());
        row.put("status", status == 99 ? "REVOKED" : status == 98 ? "CANCELLED" : status == 97 ? "MOVED_OUT"
                : r.nextBoolean() ? "ACTIVE" : "OPERATING");
        row.put("registered_capital", e.yuan(100_000 * Math.exp(r.nextDouble() * 6)).toPlainString());
        row.put("legal_representative", "法人" + e.uscc().substring(12, 16));
        row.put("changes", r.nextInt(5) == 0 ? "经营范围变更" : "");
        row.put("status_changed_on", status >= 97 ? after(e, e.establishedOn(), r, 2000).toString() : "");
        rows.add(row);
    }

    /** Adverse records, some ended, some older than the retention window. */
    private static void adverse(Enterprise e, Random r, List<Map<String, String>> rows, CreditSource source, int count) {
        for (int k = 0; k < count; k++) {
            LocalDate on = after(e, e.establishedOn(), r, 9 * 365);
            boolean ended = r.nextInt(2) == 0;
            LocalDate end = ended ? after(e, on, r, 400) : null;
            Map<String, String> row = e.row(source, k, switch (source) {
                case PENALTY -> "生态环境局";
                case COURT_ENFORCEMENT -> "人民法院";
                case DISHONESTY -> "发展和改革局";
                default -> "市场监督管理局";
            });
            switch (source) {
                case PENALTY -> {
                    row.put("decision_number", "佛" + e.district().charAt(0) + "罚〔" + on.getYear() + "〕" + (100 + k) + "号");
                    row.put("decided_on", on.toString());
                    row.put("amount", e.yuan(500 + r.nextDouble() * r.nextDouble() * 200_000).toPlainString());
                    row.put("severity", SEVERITIES[r.nextInt(SEVERITIES.length)]);
                    row.put("cause", "未按规定履行相关义务");
                    row.put("fulfilled_on", end == null ? "" : end.toString());
                }
                case DISHONESTY -> {
                    row.put("list", r.nextBoolean() ? "SERIOUS_DISHONESTY" : "JUDGMENT_DEBTOR");
                    row.put("listed_on", on.toString());
                    row.put("removed_on", end == null ? "" : end.toString());
                    row.put("reason", "拒不履行生效法律文书确定的义务");
                }
                case ABNORMAL_OPERATION -> {
                    row.put("reason", r.nextBoolean() ? "未按规定报送年度报告" : "通过登记的住所无法联系");
                    row.put("listed_on", on.toString());
                    row.put("removed_on", end == null ? "" : end.toString());
                }
                default -> {
                    row.put("case_number", "（" + on.getYear() + "）粤0604执" + (1000 + k) + "号");
                    row.put("amount", e.yuan(10_000 + r.nextDouble() * 900_000).toPlainString());
                    row.put("filed_on", on.toString());
                    row.put("closed_on", end == null ? "" : end.toString());
                }
            }
            rows.add(row);
        }
    }

    private static void taxGrades(Enterprise e, Random r, List<Map<String, String>> rows) {
        LocalDate today = e.today();
        int lastYear = today.isBefore(LocalDate.of(today.getYear(), 4, 20)) ? today.getYear() - 2 : today.getYear() - 1;
        for (int year = lastYear - 2; year <= lastYear; year++) {
            if (e.establishedOn().getYear() > year) {
                continue;
            }
            Map<String, String> row = e.row(CreditSource.TAX_GRADE, year, "税务局");
            int roll = e.trouble() < 5 ? 4 : e.taxLevel() > 0.75 ? 0 : e.taxLevel() > 0.3 ? 1 : r.nextInt(4);
            row.put("year", String.valueOf(year));
            row.put("grade", GRADES[roll]);
            row.put("published_on", LocalDate.of(year + 1, 4, 20).toString());
            rows.add(row);
        }
    }

    /** A day up to maxDays after from, never after the city's today. */
    static LocalDate after(Enterprise e, LocalDate from, Random r, int maxDays) {
        LocalDate day = from.plusDays(r.nextInt(Math.max(1, maxDays)));
        return day.isAfter(e.today()) ? e.today() : day;
    }
}
