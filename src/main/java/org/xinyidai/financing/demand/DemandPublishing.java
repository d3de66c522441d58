package org.xinyidai.financing.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderScopes;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * 发布融资需求: an authenticated enterprise says how much it needs, for how long, on which guarantees and at what
 * highest rate; the site's advisor then dispatches it. The enterprise follows its demands and the orders made of
 * them, and may withdraw one nobody has dispatched yet.
 */
@Service
public class DemandPublishing {

    private final EnterpriseApi enterprises;
    private final SiteApi sites;
    private final Demands demands;
    private final OrderSearch orders;
    private final OrderScopes scopes;
    private final Clock clock;
    private final ZoneId zone;

    DemandPublishing(EnterpriseApi enterprises, SiteApi sites, Demands demands, OrderSearch orders, OrderScopes scopes,
                     Clock clock, ZoneId zone) {
        this.enterprises = enterprises;
        this.sites = sites;
        this.demands = demands;
        this.orders = orders;
        this.scopes = scopes;
        this.clock = clock;
        this.zone = zone;
    }

    /** The current enterprise of an account, if it may publish (authenticated). */
    public Optional<EnterpriseSummary> publisher(CurrentUser user) {
        return enterprises.current(user.accountId()).filter(EnterpriseSummary::authenticated);
    }

    /** The districts a demand of this site may name. */
    public List<Site.District> districts(String siteCode) {
        return sites.find(siteCode).map(Site::districts).orElse(List.of());
    }

    /** District names of a site by region code, in the reader's language. */
    public Map<String, String> districtNames(String siteCode, java.util.Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        districts(siteCode).forEach(d -> names.put(d.regionCode(), d.name(locale)));
        return names;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @Transactional
    public PublishOutcome publish(CurrentUser user, DemandRequest request) {
        EnterpriseSummary enterprise = publisher(user)
                .orElseThrow(() -> new Refused("order.apply.needsAuthentication"));
        List<Refused> problems = new ArrayList<>();
        if (request.neededBy().isBefore(today())) {
            problems.add(Refused.field("neededBy", "demand.validation.neededBy.past"));
        }
        if (districts(enterprise.siteCode()).stream().noneMatch(d -> d.regionCode().equals(request.regionCode()))) {
            problems.add(Refused.field("regionCode", "demand.validation.region.site"));
        }
        if (request.guaranteeMethods().isEmpty()) {
            problems.add(Refused.field("guaranteeMethods", "demand.validation.guarantee.required"));
        }
        if (!problems.isEmpty()) {
            return PublishOutcome.problems(problems);
        }
        long id = demands.insert(enterprise.siteCode(), EnterpriseId.of(enterprise.id()), enterprise.name(), user.account(), request,
                LocalDateTime.now(clock.withZone(zone)));
        return PublishOutcome.published(id);
    }

    /** The demands of the account's enterprises, newest first, each with the orders dispatched from it. */
    public List<DemandWithOrders> mine(CurrentUser user) {
        List<Demand> list = demands.ofEnterprises(scopes.enterprisesOf(user));
        Map<Long, List<Order>> byDemand = orders.fromDemands(list.stream().map(Demand::id).toList(), scopes.of(user))
                .stream().collect(Collectors.groupingBy(Order::demandId));
        return list.stream().map(d -> new DemandWithOrders(d, byDemand.getOrDefault(d.id(), List.of()))).toList();
    }

    /** 撤回: only a demand of one's own enterprises that is still waiting for the advisor. */
    @Transactional
    public void withdraw(CurrentUser user, long demandId, int version) {
        Demand demand = demands.findOfEnterprises(demandId, scopes.enterprisesOf(user)).orElseThrow(NotFound::new);
        demand.withdraw(version, LocalDateTime.now(clock.withZone(zone)));
        demands.save(demand);
    }

    /** A demand and the orders made of it (empty until dispatched). */
    public record DemandWithOrders(Demand demand, List<Order> orders) {
    }
}
