package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.product.RepaymentMethod;

/** Lines, loans, their schedules and repayments. Callers have already checked the order is in scope. */
@Repository
public class Loans {

    private static final String LOAN_COLUMNS = """
            select id, order_id, amount, disbursed_on, annual_rate, term_months, method, loan_class, days_past_due,
                   settled_on from financing_loan""";

    private final JdbcClient jdbc;

    Loans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CreditLine> credit(long orderId) {
        return jdbc.sql("select order_id, line, annual_rate, term_months, valid_until, approved_at from financing_credit "
                        + "where order_id = :order")
                .param("order", orderId)
                .query((rs, n) -> new CreditLine(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDateTime.class)))
                .optional();
    }

    void insertCredit(CreditLine credit) {
        jdbc.sql("""
                insert into financing_credit (order_id, line, annual_rate, term_months, valid_until, approved_at)
                values (:order, :line, :rate, :term, :validUntil, :at)""")
                .param("order", credit.orderId()).param("line", credit.line()).param("rate", credit.annualRate())
                .param("term", credit.termMonths()).param("validUntil", credit.validUntil())
                .param("at", credit.approvedAt()).update();
    }

    public List<Loan> loansOf(long orderId) {
        return jdbc.sql(LOAN_COLUMNS + " where order_id = :order order by id").param("order", orderId)
                .query(this::loan).list();
    }

    public List<Loan> unsettled() {
        return jdbc.sql(LOAN_COLUMNS + " where settled_on is null order by id").query(this::loan).list();
    }

    /** The enterprise that owes a loan's order. */
    long enterpriseOf(long orderId) {
        return jdbc.sql("select enterprise_id from financing_order where id = :order").param("order", orderId)
                .query(Long.class).single();
    }

    public BigDecimal disbursedOn(long orderId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from financing_loan where order_id = :order")
                .param("order", orderId).query(BigDecimal.class).single();
    }

    long insertLoan(long orderId, BigDecimal amount, LocalDate disbursedOn, BigDecimal rate, int termMonths,
                    RepaymentMethod method, List<Installment> schedule, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into financing_loan (order_id, amount, disbursed_on, annual_rate, term_months, method, loan_class,
                    created_at)
                values (:order, :amount, :on, :rate, :term, :method, :class, :at)""")
                .param("order", orderId).param("amount", amount).param("on", disbursedOn).param("rate", rate)
                .param("term", termMonths).param("method", method.name()).param("class", LoanClass.NORMAL.name())
                .param("at", at).update(keys, "id");
        long loanId = keys.getKey().longValue();
        for (Installment i : schedule) {
            jdbc.sql("""
                    insert into financing_installment (loan_id, number, due_date, principal, interest, amount, balance_after)
                    values (:loan, :number, :due, :principal, :interest, :amount, :balance)""")
                    .param("loan", loanId).param("number", i.number()).param("due", i.dueDate())
                    .param("principal", i.principal()).param("interest", i.interest()).param("amount", i.amount())
                    .param("balance", i.balanceAfter()).update();
        }
        return loanId;
    }

    public List<ScheduledInstallment> schedule(long loanId) {
        return jdbc.sql("""
                select loan_id, number, due_date, principal, interest, amount, balance_after, paid, paid_on
                from financing_installment where loan_id = :loan order by number""")
                .param("loan", loanId)
                .query((rs, n) -> new ScheduledInstallment(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getObject(9, LocalDate.class)))
                .list();
    }

    void recordPaid(long loanId, int number, BigDecimal paid, LocalDate paidOn) {
        jdbc.sql("update financing_installment set paid = :paid, paid_on = :on where loan_id = :loan and number = :number")
                .param("paid", paid).param("on", paidOn).param("loan", loanId).param("number", number).update();
    }

    void insertRepayment(long loanId, LocalDate paidOn, BigDecimal amount, long recordedBy, LocalDateTime at) {
        jdbc.sql("""
                insert into financing_repayment (loan_id, paid_on, amount, recorded_by, recorded_at)
                values (:loan, :on, :amount, :by, :at)""")
                .param("loan", loanId).param("on", paidOn).param("amount", amount).param("by", recordedBy)
                .param("at", at).update();
    }

    public List<Repayment> repayments(long loanId) {
        return jdbc.sql("select loan_id, paid_on, amount from financing_repayment where loan_id = :loan order by paid_on, id")
                .param("loan", loanId)
                .query((rs, n) -> new Repayment(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                .list();
    }

    void classify(long loanId, LoanClass loanClass, int daysPastDue) {
        jdbc.sql("update financing_loan set loan_class = :class, days_past_due = :days where id = :loan")
                .param("class", loanClass.name()).param("days", daysPastDue).param("loan", loanId).update();
    }

    void settle(long loanId, LocalDate on) {
        jdbc.sql("update financing_loan set settled_on = :on, loan_class = 'NORMAL', days_past_due = 0 where id = :loan")
                .param("on", on).param("loan", loanId).update();
    }

    private Loan loan(ResultSet rs, int n) throws SQLException {
        return new Loan(rs.getLong("id"), rs.getLong("order_id"), rs.getBigDecimal("amount"),
                rs.getObject("disbursed_on", LocalDate.class), rs.getBigDecimal("annual_rate"), rs.getInt("term_months"),
                RepaymentMethod.valueOf(rs.getString("method")), LoanClass.valueOf(rs.getString("loan_class")),
                rs.getInt("days_past_due"), rs.getObject("settled_on", LocalDate.class));
    }
}
