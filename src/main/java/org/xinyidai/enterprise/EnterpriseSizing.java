package org.xinyidai.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import org.xinyidai.enterprise.SizingCategory.Bound;
import org.xinyidai.shared.admission.EnterpriseSize;

/**
 * 中小企业划型 by the table of 工信部联企业〔2011〕300号: large unless one indicator is under the SME bound;
 * medium when every indicator reaches the medium bound, else small when every indicator reaches the
 * small bound, else micro.
 */
public final class EnterpriseSizing {

    private EnterpriseSizing() {
    }

    /**
     * @param employees  X, persons
     * @param revenueWan Y, annual operating revenue in 万元
     * @param assetsWan  Z, total assets in 万元
     */
    public static EnterpriseSize classify(SizingCategory category, int employees, BigDecimal revenueWan,
                                          BigDecimal assetsWan) {
        Figures figures = new Figures(BigDecimal.valueOf(employees), revenueWan, assetsWan);
        List<Bound> bounds = category.bounds();
        if (bounds.stream().noneMatch(b -> figures.of(b).compareTo(BigDecimal.valueOf(b.sme())) < 0)) {
            return EnterpriseSize.LARGE;
        }
        if (bounds.stream().allMatch(reaches(figures, Bound::medium))) {
            return EnterpriseSize.MEDIUM;
        }
        if (bounds.stream().allMatch(reaches(figures, Bound::small))) {
            return EnterpriseSize.SMALL;
        }
        return EnterpriseSize.MICRO;
    }

    private static Predicate<Bound> reaches(Figures figures, java.util.function.ToLongFunction<Bound> column) {
        return b -> figures.of(b).compareTo(BigDecimal.valueOf(column.applyAsLong(b))) >= 0;
    }

    private record Figures(BigDecimal employees, BigDecimal revenue, BigDecimal assets) {

        BigDecimal of(Bound bound) {
            BigDecimal value = switch (bound.indicator()) {
                case EMPLOYEES -> employees;
                case REVENUE -> revenue;
                case ASSETS -> assets;
            };
            return value == null ? BigDecimal.ZERO : value;
        }
    }
}
