package org.xinyidai.financing.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xinyidai.financing.loan.CreditLine;
import org.xinyidai.financing.loan.LoanProperties;
import org.xinyidai.financing.loan.LoanService;
import org.xinyidai.financing.loan.Loans;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderScopes;
import org.xinyidai.financing.order.RejectReasons;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;

/**
 * The institution's order detail page: the order, its timeline and loans, and the forms the viewer may use,
 * filled with sensible defaults unless they come back with errors.
 */
@Component
class BankOrderPage {

    private final OrderPages pages;
    private final Loans loans;
    private final LoanService loanService;
    private final LoanProperties.CreditValidity validity;
    private final RejectReasons reasons;
    private final InstitutionApi staff;
    private final InstitutionApi institutions;
    private final OrderScopes scopes;
    private final Clock clock;
    private final ZoneId zone;

    BankOrderPage(OrderPages pages, Loans loans, LoanService loanService, LoanProperties properties,
                  RejectReasons reasons, InstitutionApi staff,
                  InstitutionApi institutions, OrderScopes scopes, Clock clock, ZoneId zone) {
        this.pages = pages;
        this.loans = loans;
        this.loanService = loanService;
        this.validity = properties.creditValidity();
        this.reasons = reasons;
        this.staff = staff;
        this.institutions = institutions;
        this.scopes = scopes;
        this.clock = clock;
        this.zone = zone;
    }

    /** Fills the detail page; forms already in the model (with their errors) are kept. */
    void show(Order order, CurrentUser user, Model model, Locale locale) {
        pages.detail(order, model, locale);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        CreditLine credit = loans.credit(order.id()).orElse(null);
        if (!model.containsAttribute("creditForm")) {
            model.addAttribute("creditForm",
                    new CreditForm(order.amountWan(), null, order.termMonths(), validity.earliest(today)));
        }
        Set<RepaymentMethod> methods = loanService.repaymentMethods(order);
        if (!model.containsAttribute("disbursementForm")) {
            RepaymentMethod method = methods.iterator().next();
            model.addAttribute("disbursementForm", credit == null
                    ? new DisbursementForm(null, today, null, null, method)
                    : new DisbursementForm(Money.wan(credit.line().subtract(loans.disbursedOn(order.id()))), today,
                            credit.annualRate(), credit.termMonths(), method));
        }
        if (!model.containsAttribute("repaymentForm")) {
            model.addAttribute("repaymentForm", loans.loansOf(order.id()).stream().filter(l -> !l.settled())
                    .findFirst()
                    .map(loan -> new RepaymentForm(loan.id(), loans.schedule(loan.id()).stream()
                            .filter(i -> !i.fullyPaid()).findFirst().map(i -> i.outstanding()).orElse(null), today))
                    .orElseGet(() -> new RepaymentForm(null, null, today)));
        }
        model.addAttribute("methods", methods);
        model.addAttribute("rejectReasons", reasons.active(locale));
        model.addAttribute("mine", order.assignedTo(user.accountId()));
        model.addAttribute("admin", user.role() == Role.INST_HQ_ADMIN || user.role() == Role.INST_ADMIN);
        model.addAttribute("managers", model.getAttribute("admin") == Boolean.TRUE ? managersInScope(user) : List.of());
        model.addAttribute("colleagues", order.assignedTo(user.accountId())
                ? staff.managersIn(order.institutionId(), "/").stream()
                        .filter(c -> c.accountId() != user.accountId()).toList()
                : List.of());
        model.addAttribute("nodeName", institutions.findNode(order.nodeId()).map(NodeSummary::name).orElse(""));
        model.addAttribute("unusedLineWan", credit == null ? BigDecimal.ZERO
                : Money.wan(credit.line().subtract(loans.disbursedOn(order.id()))));
    }

    private List<Colleague> managersInScope(CurrentUser user) {
        return scopes.subtreePath(user).map(path -> staff.managersIn(user.institutionId(), path)).orElse(List.of());
    }
}
