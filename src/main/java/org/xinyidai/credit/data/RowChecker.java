package org.xinyidai.credit.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.Column.Slot;
import org.xinyidai.shared.Uscc;

/**
 * Checks one row of a source against its layout: the USCC (format and check character), dates (real, not in the
 * future, an end not before the start), choices, amounts (not negative, at most two decimals) and counts. The first
 * fault found is the row's reason.
 */
public final class RowChecker {

    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");
    private static final int MAX_COUNT = 10_000_000;

    private final CreditSource source;
    private final List<Column> columns;
    private final LocalDate today;

    public RowChecker(CreditSource source, LocalDate today) {
        this.source = source;
        this.columns = RecordLayout.columns(source);
        this.today = today;
    }

    /** The row's record, or why it was not kept. */
    public Checked check(RawRow row) {
        String id = row.value(RecordLayout.SOURCE_RECORD_ID);
        Map<Slot, Object> slots = new EnumMap<>(Slot.class);
        for (Column column : columns.subList(3, columns.size())) {
            String value = row.value(column.name());
            if (value == null) {
                if (column.required()) {
                    return Checked.rejected(new Rejection(row.line(), id, "credit.reject.required", column.name(), null));
                }
                continue;
            }
            Object typed = read(column, value);
            if (typed instanceof String reason && reason.startsWith("credit.reject.")) {
                return Checked.rejected(new Rejection(row.line(), id, reason, column.name(), value));
            }
            slots.put(column.slot(), typed);
        }
        Rejection common = commonFault(row, id);
        if (common != null) {
            return Checked.rejected(common);
        }
        LocalDate event = (LocalDate) slots.get(Slot.EVENT_DATE);
        LocalDate end = (LocalDate) slots.get(Slot.END_DATE);
        if (end != null && end.isBefore(event)) {
            String endColumn = columns.stream().filter(c -> c.slot() == Slot.END_DATE).findFirst().orElseThrow().name();
            return Checked.rejected(new Rejection(row.line(), id, "credit.reject.endBeforeStart", endColumn,
                    end.toString()));
        }
        return Checked.kept(new CreditRecord(source, id, row.value(RecordLayout.USCC).toUpperCase(),
                row.value(RecordLayout.AUTHORITY), event, end, (String) slots.get(Slot.KIND),
                (String) slots.get(Slot.REFERENCE), (BigDecimal) slots.get(Slot.AMOUNT),
                (Integer) slots.get(Slot.QUANTITY), (String) slots.get(Slot.DETAIL)));
    }

    private Rejection commonFault(RawRow row, String id) {
        if (id == null) {
            return new Rejection(row.line(), null, "credit.reject.required", RecordLayout.SOURCE_RECORD_ID, null);
        }
        if (id.length() > 64 || id.chars().anyMatch(Character::isISOControl)) {
            return new Rejection(row.line(), id, "credit.reject.sourceRecordId", RecordLayout.SOURCE_RECORD_ID, id);
        }
        String code = row.value(RecordLayout.USCC);
        if (code == null) {
            return new Rejection(row.line(), id, "credit.reject.required", RecordLayout.USCC, null);
        }
        Uscc uscc = Uscc.parse(code).orElse(null);
        if (uscc == null) {
            return new Rejection(row.line(), id, "credit.reject.uscc.format", RecordLayout.USCC, code);
        }
        if (!uscc.checkCharacterValid()) {
            return new Rejection(row.line(), id, "credit.reject.uscc.check", RecordLayout.USCC, code);
        }
        String authority = row.value(RecordLayout.AUTHORITY);
        if (authority == null) {
            return new Rejection(row.line(), id, "credit.reject.required", RecordLayout.AUTHORITY, null);
        }
        if (authority.length() > 100) {
            return new Rejection(row.line(), id, "credit.reject.tooLong", RecordLayout.AUTHORITY, authority);
        }
        return null;
    }

    /** The typed value, or the message key of what is wrong with it. */
    private Object read(Column column, String value) {
        try {
            return switch (column.type()) {
                case TEXT -> value.length() > column.maxLength() || value.chars().anyMatch(c -> c < 0x20 && c != '\n')
                        ? "credit.reject.tooLong" : value;
                case DATE -> date(column, LocalDate.parse(value), "credit.reject.date");
                case MONTH -> date(column, YearMonth.parse(value).atDay(1), "credit.reject.month");
                case AMOUNT -> amount(new BigDecimal(value));
                case COUNT -> count(Integer.parseInt(value));
                case YEAR -> year(Integer.parseInt(value));
                case CHOICE -> column.codeOf(value).map(Object.class::cast).orElse("credit.reject.choice");
            };
        } catch (DateTimeParseException e) {
            return column.type() == Column.Type.MONTH ? "credit.reject.month" : "credit.reject.date";
        } catch (NumberFormatException e) {
            return switch (column.type()) {
                case AMOUNT -> "credit.reject.amount";
                case YEAR -> "credit.reject.year";
                default -> "credit.reject.count";
            };
        }
    }

    /** A real date; what happened cannot be in the future (an end, like a licence's valid-to, can). */
    private Object date(Column column, LocalDate date, String invalid) {
        if (date.isBefore(EARLIEST)) {
            return invalid;
        }
        return column.slot() == Slot.EVENT_DATE && date.isAfter(today) ? "credit.reject.future" : date;
    }

    private static Object amount(BigDecimal amount) {
        boolean valid = amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MAX_AMOUNT) < 0;
        return valid ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : "credit.reject.amount";
    }

    private static Object count(int count) {
        return count >= 0 && count <= MAX_COUNT ? (Object) count : "credit.reject.count";
    }

    private Object year(int year) {
        return year >= EARLIEST.getYear() && year <= today.getYear() ? (Object) year : "credit.reject.year";
    }

    /** A checked row: its record, or its rejection. */
    public record Checked(CreditRecord record, Rejection rejection) {

        static Checked kept(CreditRecord record) {
            return new Checked(record, null);
        }

        static Checked rejected(Rejection rejection) {
            return new Checked(null, rejection);
        }
    }
}
