package org.xinyidai.financing.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.loan.WorkingDays;
import org.xinyidai.financing.order.OrderRouting.Route;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.ProductApi;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.admission.AdmissionCheck;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * 申请融资: an enterprise applies for a published product of its site. The platform checks what it can —
 * authentication, the product's amount and term ranges, its admission conditions — then routes the order and
 * starts the acceptance clock of the site.
 */
@Service
public class Applications {

    private final EnterpriseApi enterprises;
    private final ProductApi products;
    private final SiteApi sites;
    private final Orders orders;
    private final OrderRouting routing;
    private final OrderEvents events;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ZoneId zone;

    Applications(EnterpriseApi enterprises, ProductApi products, SiteApi sites, Orders orders, OrderRouting routing,
                 OrderEvents events, WorkingDays workingDays, Clock clock, ZoneId zone) {
        this.enterprises = enterprises;
        this.products = products;
        this.sites = sites;
        this.orders = orders;
        this.routing = routing;
        this.events = events;
        this.workingDays = workingDays;
        this.clock = clock;
        this.zone = zone;
    }

    /** The current enterprise of an account, if it may apply at all (authenticated). */
    public Optional<EnterpriseSummary> applicant(CurrentUser user) {
        return enterprises.current(user.accountId()).filter(EnterpriseSummary::authenticated);
    }

    /** A product the enterprise's site shows. */
    public Optional<ProductSummary> product(EnterpriseSummary enterprise, long productId) {
        return products.findPublished(productId, districtsOf(enterprise.siteCode()));
    }

    /** Admission conditions the platform can check now, each with its outcome. */
    public List<AdmissionCheck> admission(EnterpriseSummary enterprise, ProductSummary product) {
        return product.criteria().evaluate(enterprises.facts(enterprise.id()), LocalDate.now(clock.withZone(zone)));
    }

    @Transactional
    public ApplicationOutcome apply(CurrentUser user, long productId, Application application) {
        Optional<EnterpriseSummary> applicant = applicant(user);
        if (applicant.isEmpty()) {
            return ApplicationOutcome.refused("order.apply.needsAuthentication");
        }
        EnterpriseSummary enterprise = applicant.get();
        ProductSummary product = product(enterprise, productId).orElseThrow(NotFound::new);
        List<Refused> fields = rangeProblems(product, application);
        List<AdmissionCheck> failed = admission(enterprise, product).stream().filter(AdmissionCheck::failed).toList();
        if (!fields.isEmpty() || !failed.isEmpty()) {
            return ApplicationOutcome.problems(fields, failed);
        }
        if (orders.hasOpenOrder(EnterpriseId.of(enterprise.id()), productId)) {
            return ApplicationOutcome.refused("order.apply.duplicate");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        Route route = routing.route(product.institutionId(), user.account(), enterprise.regionCode());
        long id;
        try {
            id = orders.insert(new NewOrder(enterprise.siteCode(), enterprise.id(), enterprise.name(),
                    enterprise.regionCode(), user.accountId(), application.contactName(), application.contactPhone(),
                    product.institutionId(), route.nodeId(), route.nodePath(), route.managerAccount(), route.managerName(),
                    product.id(), product.name(), null, product.online() ? OrderChannel.ONLINE : OrderChannel.OFFLINE,
                    application.amountWan().movePointRight(4), application.termMonths(), application.purpose(),
                    workingDays.plus(now, sites.acceptanceDeadlineDays(enterprise.siteCode()))), now);
        } catch (DuplicateKeyException raced) {
            // A second submit (double click, another tab) passed the check above while the first was still
            // inserting; the unique open_key let only one through. This transaction cannot commit on PostgreSQL
            // after the failed insert, so it ends in a rollback and the person reads the usual refusal.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ApplicationOutcome.refused("order.apply.duplicate");
        }
        Order order = orders.find(id).orElseThrow();
        order.submitted(Actor.of(user), now);
        orders.save(order);
        events.publish(order);
        return ApplicationOutcome.created(id);
    }

    private static List<Refused> rangeProblems(ProductSummary product, Application application) {
        List<Refused> problems = new ArrayList<>();
        BigDecimal amount = application.amountWan();
        if (amount.compareTo(product.amountMin().inWan()) < 0 || amount.compareTo(product.amountMax().inWan()) > 0) {
            problems.add(Refused.field("amountWan", "order.apply.amountRange",
                    product.amountMin().inWan().stripTrailingZeros().toPlainString(),
                    product.amountMax().inWan().stripTrailingZeros().toPlainString()));
        }
        int term = application.termMonths();
        if (term < product.termMinMonths() || term > product.termMaxMonths()) {
            problems.add(Refused.field("termMonths", "order.apply.termRange", product.termMinMonths(),
                    product.termMaxMonths()));
        }
        return problems;
    }

    private Set<String> districtsOf(String siteCode) {
        return sites.find(siteCode).map(Site::districts).orElse(List.of()).stream()
                .map(Site.District::regionCode).collect(Collectors.toSet());
    }
}
