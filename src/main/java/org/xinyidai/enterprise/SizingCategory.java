package org.xinyidai.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * The 15 rows of the SME classification table (中小企业划型标准, 工信部联企业〔2011〕300号), each with its
 * bounds: an enterprise is an SME when one indicator is under its SME bound; medium and small need
 * every indicator at or over the row's bound. Bounds in persons (X) or 万元 (Y revenue, Z total assets).
 * {@link #classify} applies a row: large unless one indicator is under the SME bound; medium when every indicator
 * reaches the medium bound, else small when every indicator reaches the small bound, else micro.
 */
public enum SizingCategory {

    AGRICULTURE(revenue(20000, 500, 50)),
    INDUSTRY(employees(1000, 300, 20), revenue(40000, 2000, 300)),
    CONSTRUCTION(revenue(80000, 6000, 300), assets(80000, 5000, 300)),
    WHOLESALE(employees(200, 20, 5), revenue(40000, 5000, 1000)),
    RETAIL(employees(300, 50, 10), revenue(20000, 500, 100)),
    TRANSPORT(employees(1000, 300, 20), revenue(30000, 3000, 200)),
    WAREHOUSING(employees(200, 100, 20), revenue(30000, 1000, 100)),
    POSTAL(employees(1000, 300, 20), revenue(30000, 2000, 100)),
    ACCOMMODATION_CATERING(employees(300, 100, 10), revenue(10000, 2000, 100)),
    INFORMATION_TRANSMISSION(employees(2000, 100, 10), revenue(100000, 1000, 100)),
    SOFTWARE_IT(employees(300, 100, 10), revenue(10000, 1000, 50)),
    REAL_ESTATE_DEVELOPMENT(revenue(200000, 1000, 100), assets(10000, 5000, 2000)),
    PROPERTY_MANAGEMENT(employees(1000, 300, 100), revenue(5000, 1000, 500)),
    LEASING_BUSINESS(employees(300, 100, 10), assets(120000, 8000, 100)),
    OTHER(employees(300, 100, 10));

    /** What a bound is measured on. */
    public enum Indicator { EMPLOYEES, REVENUE, ASSETS }

    /** One indicator's column values in a row: SME if under {@code sme}; medium from {@code medium}; small from {@code small}. */
    public record Bound(Indicator indicator, long sme, long medium, long small) {
    }

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private final List<Bound> bounds;

    SizingCategory(Bound... bounds) {
        this.bounds = List.of(bounds);
    }

    public List<Bound> bounds() {
        return bounds;
    }

    public String labelKey() {
        return "enterprise.sizing." + name();
    }

    /**
     * 中小企业划型 by this row. An amount that is not known counts as none.
     *
     * @param employees X, persons
     * @param revenue   Y, annual operating revenue
     * @param assets    Z, total assets
     */
    public EnterpriseSize classify(int employees, Money revenue, Money assets) {
        Predicate<Bound> reachesSme = b -> reaches(b, b.sme(), employees, revenue, assets);
        if (bounds.stream().allMatch(reachesSme)) {
            return EnterpriseSize.LARGE;
        }
        if (bounds.stream().allMatch(b -> reaches(b, b.medium(), employees, revenue, assets))) {
            return EnterpriseSize.MEDIUM;
        }
        if (bounds.stream().allMatch(b -> reaches(b, b.small(), employees, revenue, assets))) {
            return EnterpriseSize.SMALL;
        }
        return EnterpriseSize.MICRO;
    }

    /**
     * Whether the enterprise's figure for the bound's indicator is at or over {@code limit} (persons, or 万元).
     * Amounts are compared in yuan, so no rounding decides a boundary.
     */
    private static boolean reaches(Bound bound, long limit, int employees, Money revenue, Money assets) {
        if (bound.indicator() == Indicator.EMPLOYEES) {
            return employees >= limit;
        }
        Money figure = bound.indicator() == Indicator.REVENUE ? revenue : assets;
        BigDecimal yuan = figure == null ? BigDecimal.ZERO : figure.yuan();
        return yuan.compareTo(BigDecimal.valueOf(limit).multiply(YUAN_PER_WAN)) >= 0;
    }

    /** The row a GB/T 4754 section most likely falls under; the user may pick another (F: 批发 or 零售). */
    public static SizingCategory defaultFor(IndustrySection section) {
        if (section == null) {
            return OTHER;
        }
        return switch (section) {
            case A -> AGRICULTURE;
            case B, C, D -> INDUSTRY;
            case E -> CONSTRUCTION;
            case F -> WHOLESALE;
            case G -> TRANSPORT;
            case H -> ACCOMMODATION_CATERING;
            case I -> SOFTWARE_IT;
            case K -> REAL_ESTATE_DEVELOPMENT;
            case L -> LEASING_BUSINESS;
            default -> OTHER;
        };
    }

    private static Bound employees(long sme, long medium, long small) {
        return new Bound(Indicator.EMPLOYEES, sme, medium, small);
    }

    private static Bound revenue(long sme, long medium, long small) {
        return new Bound(Indicator.REVENUE, sme, medium, small);
    }

    private static Bound assets(long sme, long medium, long small) {
        return new Bound(Indicator.ASSETS, sme, medium, small);
    }
}
