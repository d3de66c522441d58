package org.xinyidai.product.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.InstitutionNames;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.admission.AdmissionCriteria;
import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.admission.TaxCreditGrade;

/**
 * Reads a product_product row as a {@link ProductSummary}, with its institution's name (through the institution
 * module's API, cached there). The names are read once per list before its query, never inside a row mapper:
 * that would take a second connection per row.
 */
@Component
class ProductRows {

    private final ZoneId zone;
    private final InstitutionApi institutions;

    ProductRows(ZoneId zone, InstitutionApi institutions) {
        this.zone = zone;
        this.institutions = institutions;
    }

    /** Maps product rows with the institution names read beforehand (one cached read, not one per row). */
    RowMapper<ProductSummary> mapper() {
        InstitutionNames names = institutions.names();
        return (rs, row) -> map(rs, names);
    }

    private ProductSummary map(ResultSet rs, InstitutionNames names) throws SQLException {
        int minYears = rs.getInt("min_years");
        Integer years = rs.wasNull() ? null : minYears;
        String grade = rs.getString("min_credit_grade");
        AdmissionCriteria criteria = new AdmissionCriteria(years,
                Csv.enums(rs.getString("tax_grades"), TaxCreditGrade.class), rs.getBigDecimal("revenue_min_wan"),
                rs.getBigDecimal("revenue_max_wan"), Csv.enums(rs.getString("industries"), IndustrySection.class),
                Csv.strings(rs.getString("districts")), Csv.enums(rs.getString("sizes"), EnterpriseSize.class),
                grade == null ? null : CreditGrade.valueOf(grade), rs.getBoolean("not_dishonest"));
        long institutionId = rs.getLong("institution_id");
        return new ProductSummary(rs.getLong("id"), institutionId, names.of(institutionId), rs.getString("name"),
                ProductType.valueOf(rs.getString("type")),
                Csv.enums(rs.getString("guarantee_methods"), GuaranteeMethod.class),
                wan(rs, "amount_min_wan"), wan(rs, "amount_max_wan"), rs.getInt("term_min_months"),
                rs.getInt("term_max_months"), new Rate(rs.getBigDecimal("rate_min")),
                new Rate(rs.getBigDecimal("rate_max")),
                Csv.enums(rs.getString("repayment_methods"), RepaymentMethod.class), rs.getBoolean("online"), criteria,
                rs.getString("required_materials"), rs.getString("features"), rs.getString("description_html"),
                rs.getString("contact_name"), rs.getString("contact_phone"),
                Csv.enums(rs.getString("tags"), ProductTag.class), ProductStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getInt("version"));
    }

    /** An amount the table keeps in 万元, as yuan. */
    private static Money wan(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column).movePointRight(4));
    }
}
