package org.xinyidai.enterprise;

import java.util.List;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * The 15 rows of the SME classification table (中小企业划型标准, 工信部联企业〔2011〕300号), each with its
 * bounds: an enterprise is an SME when one indicator is under its SME bound; medium and small need
 * every indicator at or over the row's bound. Bounds in persons (X) or 万元 (Y revenue, Z total assets).
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
