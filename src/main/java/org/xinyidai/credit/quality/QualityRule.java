package org.xinyidai.credit.quality;

import org.xinyidai.credit.CreditSource;

/**
 * The data quality rules, in one place: each counts what fails it with one query ({@code :today} and
 * {@code :source} bound). To add a rule, add a constant here and its text {@code credit.rule.<NAME>} to the bundles.
 */
enum QualityRule {

    /** Every enterprise with records should have its registration record. */
    REGISTRATION_MISSING(CreditSource.REGISTRATION, """
            select count(distinct r.uscc) from credit_record r where r.removed_at is null and not exists (
              select 1 from credit_record g where g.source = 'REGISTRATION' and g.uscc = r.uscc and g.removed_at is null)"""),
    /** One registration record per enterprise. */
    REGISTRATION_DUPLICATED(CreditSource.REGISTRATION, """
            select count(*) from (select uscc from credit_record where source = 'REGISTRATION' and removed_at is null
              group by uscc having count(*) > 1) d"""),
    /** Taxes paid should reach last month: enterprises whose latest month is older than three months. */
    TAXES_NOT_CURRENT(CreditSource.TAXES_PAID, """
            select count(*) from (select uscc, max(event_date) latest from credit_record
              where source = 'TAXES_PAID' and removed_at is null group by uscc) t where t.latest < :threeMonthsAgo"""),
    /** Insured headcounts should reach last month too. */
    SOCIAL_INSURANCE_NOT_CURRENT(CreditSource.SOCIAL_INSURANCE, """
            select count(*) from (select uscc, max(event_date) latest from credit_record
              where source = 'SOCIAL_INSURANCE' and removed_at is null group by uscc) t where t.latest < :threeMonthsAgo"""),
    /** A tax credit grade is published every April: none for two years means a year is missing. */
    TAX_GRADE_STALE(CreditSource.TAX_GRADE, """
            select count(*) from (select uscc, max(quantity) latest from credit_record
              where source = 'TAX_GRADE' and removed_at is null group by uscc) t where t.latest < :twoYearsAgo"""),
    /** An enforcement case is about an amount: zero means the source left it out. */
    ENFORCEMENT_WITHOUT_AMOUNT(CreditSource.COURT_ENFORCEMENT, """
            select count(*) from credit_record where source = 'COURT_ENFORCEMENT' and removed_at is null and amount = 0"""),
    /** A serious penalty is a sizeable one: a serious penalty under 100 yuan is likely a unit mistake (万元 as 元). */
    SERIOUS_PENALTY_TINY(CreditSource.PENALTY, """
            select count(*) from credit_record where source = 'PENALTY' and removed_at is null and kind = 'SERIOUS'
              and amount < 100""");

    private final CreditSource source;
    private final String sql;

    QualityRule(CreditSource source, String sql) {
        this.source = source;
        this.sql = sql;
    }

    CreditSource source() {
        return source;
    }

    String sql() {
        return sql;
    }
}
