package org.xinyidai.credit.data;

import static org.xinyidai.credit.data.Column.choice;
import static org.xinyidai.credit.data.Column.optional;
import static org.xinyidai.credit.data.Column.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.Column.Slot;
import org.xinyidai.credit.data.Column.Type;

/**
 * The columns of each source's template (DOMAIN.md "Credit data"): every file starts with the source's record id,
 * the enterprise's USCC and the issuing authority, then the source's own fields. Amounts are yuan with at most
 * two decimals, dates {@code 2026-03-31}, months {@code 2026-03}.
 */
public final class RecordLayout {

    public static final String SOURCE_RECORD_ID = "source_record_id";
    public static final String USCC = "uscc";
    public static final String AUTHORITY = "authority";

    private static final Map<CreditSource, List<Column>> OWN = Map.ofEntries(
            Map.entry(CreditSource.REGISTRATION, List.of(
                    required("established_on", Type.DATE, Slot.EVENT_DATE),
                    choice("status", Slot.KIND, "ACTIVE:存续", "OPERATING:在业", "REVOKED:吊销", "CANCELLED:注销",
                            "MOVED_OUT:迁出"),
                    required("registered_capital", Type.AMOUNT, Slot.AMOUNT),
                    required("legal_representative", Type.TEXT, Slot.REFERENCE),
                    optional("changes", Type.TEXT, Slot.DETAIL),
                    optional("status_changed_on", Type.DATE, Slot.END_DATE))),
            Map.entry(CreditSource.LICENCE, List.of(
                    required("licence_type", Type.TEXT, Slot.KIND),
                    required("licence_number", Type.TEXT, Slot.REFERENCE),
                    required("valid_from", Type.DATE, Slot.EVENT_DATE),
                    optional("valid_to", Type.DATE, Slot.END_DATE))),
            Map.entry(CreditSource.PENALTY, List.of(
                    required("decision_number", Type.TEXT, Slot.REFERENCE),
                    required("decided_on", Type.DATE, Slot.EVENT_DATE),
                    required("amount", Type.AMOUNT, Slot.AMOUNT),
                    choice("severity", Slot.KIND, "GENERAL:一般", "MAJOR:较重", "SERIOUS:严重"),
                    required("cause", Type.TEXT, Slot.DETAIL),
                    optional("fulfilled_on", Type.DATE, Slot.END_DATE))),
            Map.entry(CreditSource.DISHONESTY, List.of(
                    choice("list", Slot.KIND, "SERIOUS_DISHONESTY:严重失信主体名单", "JUDGMENT_DEBTOR:失信被执行人"),
                    required("listed_on", Type.DATE, Slot.EVENT_DATE),
                    optional("removed_on", Type.DATE, Slot.END_DATE),
                    optional("reason", Type.TEXT, Slot.DETAIL))),
            Map.entry(CreditSource.ABNORMAL_OPERATION, List.of(
                    required("reason", Type.TEXT, Slot.DETAIL),
                    required("listed_on", Type.DATE, Slot.EVENT_DATE),
                    optional("removed_on", Type.DATE, Slot.END_DATE))),
            Map.entry(CreditSource.TAX_GRADE, List.of(
                    required("year", Type.YEAR, Slot.QUANTITY),
                    choice("grade", Slot.KIND, "A", "B", "M", "C", "D"),
                    required("published_on", Type.DATE, Slot.EVENT_DATE))),
            Map.entry(CreditSource.TAXES_PAID, List.of(
                    required("month", Type.MONTH, Slot.EVENT_DATE),
                    required("amount", Type.AMOUNT, Slot.AMOUNT))),
            Map.entry(CreditSource.SOCIAL_INSURANCE, List.of(
                    required("month", Type.MONTH, Slot.EVENT_DATE),
                    required("headcount", Type.COUNT, Slot.QUANTITY))),
            Map.entry(CreditSource.HOUSING_FUND, List.of(
                    required("month", Type.MONTH, Slot.EVENT_DATE),
                    required("contributors", Type.COUNT, Slot.QUANTITY))),
            Map.entry(CreditSource.UTILITIES, List.of(
                    required("month", Type.MONTH, Slot.EVENT_DATE),
                    choice("kind", Slot.KIND, "WATER:水", "ELECTRICITY:电", "GAS:气"),
                    required("amount", Type.AMOUNT, Slot.AMOUNT),
                    required("arrears_months", Type.COUNT, Slot.QUANTITY))),
            Map.entry(CreditSource.COURT_ENFORCEMENT, List.of(
                    required("case_number", Type.TEXT, Slot.REFERENCE),
                    required("amount", Type.AMOUNT, Slot.AMOUNT),
                    required("filed_on", Type.DATE, Slot.EVENT_DATE),
                    optional("closed_on", Type.DATE, Slot.END_DATE))),
            Map.entry(CreditSource.HONOURS, List.of(
                    required("title", Type.TEXT, Slot.DETAIL),
                    required("awarded_on", Type.DATE, Slot.EVENT_DATE))),
            Map.entry(CreditSource.CUSTOMS, List.of(
                    choice("grade", Slot.KIND, "ADVANCED:高级认证企业", "GENERAL_CREDIT:一般信用企业",
                            "DISHONEST:失信企业"),
                    required("decided_on", Type.DATE, Slot.EVENT_DATE))));

    private RecordLayout() {
    }

    /** Every column of a source's file, in order. */
    static List<Column> columns(CreditSource source) {
        List<Column> all = new ArrayList<>();
        all.add(required(SOURCE_RECORD_ID, Type.TEXT, Slot.REFERENCE));
        all.add(required(USCC, Type.TEXT, Slot.REFERENCE));
        all.add(required(AUTHORITY, Type.TEXT, Slot.DETAIL));
        all.addAll(OWN.get(source));
        return all;
    }

    /** The column names of a source's file, in order (the template's header). */
    public static List<String> header(CreditSource source) {
        return columns(source).stream().map(Column::name).toList();
    }
}
