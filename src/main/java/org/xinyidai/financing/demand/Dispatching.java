package org.xinyidai.financing.demand;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.loan.WorkingDays;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.NewOrder;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderEvents;
import org.xinyidai.financing.order.OrderRouting.Route;
import org.xinyidai.financing.order.OrderRouting;
import org.xinyidai.financing.order.Orders;
import org.xinyidai.financing.order.Actor;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.site.SiteApi;

/**
 * 融资需求分派: the advisor of a city site sends its published demands — and orders that expired unaccepted
 * (超时退回) — to an institution serving the demand's district. Each dispatch is a new order, routed like an
 * application (or to the node the advisor chose), with the site's acceptance clock running.
 */
@Service
public class Dispatching {

    private final Demands demands;
    private final Orders orders;
    private final OrderSearch search;
    private final OrderRouting routing;
    private final OrderEvents events;
    private final InstitutionApi institutions;
    private final EnterpriseApi enterprises;
    private final SiteApi sites;
    private final WorkingDays workingDays;
    private final OperationLog log;
    private final Clock clock;
    private final ZoneId zone;

    Dispatching(Demands demands, Orders orders, OrderSearch search, OrderRouting routing, OrderEvents events,
                InstitutionApi institutions, EnterpriseApi enterprises, SiteApi sites, WorkingDays workingDays,
                OperationLog log, Clock clock, ZoneId zone) {
        this.demands = demands;
        this.orders = orders;
        this.search = search;
        this.routing = routing;
        this.events = events;
        this.institutions = institutions;
        this.enterprises = enterprises;
        this.sites = sites;
        this.workingDays = workingDays;
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    /** The site's demands waiting for dispatch, oldest first. */
    public List<Demand> queue(CurrentUser advisor) {
        return advisor.siteCode() == null ? List.of() : demands.inSite(advisor.siteCode(), DemandStatus.PUBLISHED);
    }

    /** 超时退回: the site's orders that expired and were not sent on yet, oldest first. */
    public List<Order> expired(CurrentUser advisor) {
        return advisor.siteCode() == null ? List.of() : search.expiredAwaitingRedispatch(advisor.siteCode());
    }

    /** A demand of the advisor's site; any other is "no such demand". */
    public Demand demand(CurrentUser advisor, long demandId) {
        if (advisor.siteCode() == null) {
            throw new NotFound();
        }
        return demands.findInSite(demandId, advisor.siteCode()).orElseThrow(NotFound::new);
    }

    /** An expired, not yet re-dispatched order of the advisor's site. */
    public Order expiredOrder(CurrentUser advisor, long orderId) {
        if (advisor.siteCode() == null) {
            throw new NotFound();
        }
        return orders.expiredAwaitingRedispatch(orderId, advisor.siteCode()).orElseThrow(NotFound::new);
    }

    /** The enterprise behind a demand or order the advisor already sees. */
    public Optional<EnterpriseSummary> enterprise(long enterpriseId) {
        return enterprises.find(enterpriseId);
    }

    /** The institutions serving a district, each with its nodes, for the dispatch form. */
    public List<InstitutionChoice> choices(String regionCode) {
        return institutions.serving(List.of(regionCode)).stream()
                .map(i -> new InstitutionChoice(i, institutions.nodes(i.id()))).toList();
    }

    /** Sends a published (or already dispatched) demand to an institution; answers the new order's id. */
    @Transactional
    public long dispatch(CurrentUser advisor, long demandId, int version, DispatchTarget target) {
        Demand demand = demand(advisor, demandId);
        LocalDateTime now = now();
        demand.dispatch(version, now);
        Route route = route(target, demand.regionCode(), demand.accountId());
        long orderId = orders.insert(new NewOrder(demand.siteCode(), demand.enterpriseId(), demand.enterpriseName(),
                demand.regionCode(), demand.accountId(), demand.contactName(), demand.contactPhone(),
                target.institutionId(), route.nodeId(), route.nodePath(), route.managerAccount(), route.managerName(),
                null, null, demand.id(), OrderChannel.DISPATCH, demand.amount(), demand.termMonths(), demand.purpose(),
                deadline(now, demand.siteCode())), now);
        demands.save(demand);
        Order order = started(advisor, orderId, now);
        log.record(advisor.did("DEMAND_DISPATCH").on("financing_demand", demand.id()).withDetail(order.orderNo()));
        return orderId;
    }

    /**
     * Sends an expired order on as a new order at another (or the same) institution: same enterprise, amount,
     * term, purpose and demand; the product only when it stays with the product's institution. Refused when the
     * order changed since the advisor read it (its version).
     */
    @Transactional
    public long redispatch(CurrentUser advisor, long orderId, int version, DispatchTarget target) {
        Order old = expiredOrder(advisor, orderId);
        if (old.version() != version) {
            throw new Refused("demand.refused.stale");
        }
        LocalDateTime now = now();
        Route route = route(target, old.enterpriseRegion(), old.applicantAccount());
        boolean sameInstitution = old.institutionId() == target.institutionId();
        long newId = orders.insert(new NewOrder(old.siteCode(), old.enterpriseId(), old.enterpriseName(),
                old.enterpriseRegion(), old.applicantAccount(), old.contactName(), old.contactPhone(),
                target.institutionId(), route.nodeId(), route.nodePath(), route.managerAccount(), route.managerName(),
                sameInstitution ? old.productId() : null, sameInstitution ? old.productName() : null, old.demandId(),
                OrderChannel.DISPATCH, old.amount(), old.termMonths(), old.purpose(), deadline(now, old.siteCode())), now);
        if (!orders.markRedispatched(old, newId, now)) {
            throw new Refused("demand.refused.stale");
        }
        Order order = started(advisor, newId, now);
        log.record(advisor.did("ORDER_REDISPATCH").on("financing_order", old.id())
                .withDetail(old.orderNo() + " -> " + order.orderNo()));
        return newId;
    }

    private Order started(CurrentUser advisor, long orderId, LocalDateTime now) {
        Order order = orders.find(orderId).orElseThrow();
        order.submitted(Actor.of(advisor), now);
        orders.save(order);
        events.publish(order);
        return order;
    }

    /** The chosen node's pool, else the usual routing (referral manager, district node, head office). */
    private Route route(DispatchTarget target, String regionCode, long applicantAccount) {
        InstitutionSummary institution = institutions.serving(List.of(regionCode)).stream()
                .filter(i -> i.id() == target.institutionId()).findFirst()
                .orElseThrow(() -> Refused.field("institutionId", "demand.dispatch.institutionInvalid"));
        if (target.nodeId() == null) {
            return routing.route(institution.id(), AccountId.of(applicantAccount), regionCode);
        }
        NodeSummary node = institutions.findNode(target.nodeId())
                .filter(n -> n.institutionId() == institution.id())
                .orElseThrow(() -> Refused.field("nodeId", "demand.dispatch.nodeInvalid"));
        return new Route(node.id(), node.path(), null, null);
    }

    private LocalDateTime deadline(LocalDateTime now, String siteCode) {
        return workingDays.plus(now, sites.acceptanceDeadlineDays(siteCode));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }

    /** An institution the advisor may choose, with its nodes (parents before children). */
    public record InstitutionChoice(InstitutionSummary institution, List<NodeSummary> nodes) {
    }
}
