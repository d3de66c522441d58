package org.xinyidai.financing.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderFilter;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.order.OrderScope;
import org.xinyidai.financing.order.OrderScopes;
import org.xinyidai.financing.order.OrderSearch;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.NodeSummary;

/**
 * 订单管理 for institution staff: the orders in the person's scope with filters, paging and Excel export, and
 * one order with its timeline and the actions its state and the person's role allow.
 */
@Controller
@RequestMapping("/institution/orders")
class BankOrderController {

    private final OrderSearch orders;
    private final OrderScopes scopes;
    private final OrderLifecycle lifecycle;
    private final BankOrderPage detailPage;
    private final InstitutionApi staff;
    private final InstitutionApi institutions;
    private final OrderSpreadsheet spreadsheet;
    private final Clock clock;
    private final ZoneId zone;

    BankOrderController(OrderSearch orders, OrderScopes scopes, OrderLifecycle lifecycle, BankOrderPage detailPage,
                        InstitutionApi staff, InstitutionApi institutions, OrderSpreadsheet spreadsheet, Clock clock,
                        ZoneId zone) {
        this.orders = orders;
        this.scopes = scopes;
        this.lifecycle = lifecycle;
        this.detailPage = detailPage;
        this.staff = staff;
        this.institutions = institutions;
        this.spreadsheet = spreadsheet;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, OrderQuery query, Model model) {
        OrderScope scope = scopes.of(user);
        OrderFilter filter = query.filter();
        model.addAttribute("result", orders.search(filter, scope));
        model.addAttribute("query", query);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("products", orders.productsIn(scope));
        model.addAttribute("nodes", user.role() == Role.CUSTOMER_MANAGER ? List.of() : nodesInScope(user));
        model.addAttribute("managers", user.role() == Role.CUSTOMER_MANAGER ? List.of() : managersInScope(user));
        return "orders/bank-list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, OrderQuery query, Locale locale)
            throws IOException {
        List<Order> rows = orders.all(query.filter(), scopes.of(user));
        Map<Long, String> nodeNames = nodeNames(user);
        byte[] workbook = spreadsheet.write(rows, nodeNames, locale);
        String name = "orders-" + LocalDate.now(clock.withZone(zone)) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        detailPage.show(lifecycle.visible(user, id), user, model, locale);
        return "orders/bank-detail";
    }

    private List<NodeSummary> nodesInScope(CurrentUser user) {
        return scopes.subtreePath(user).map(path -> institutions.nodes(user.institutionId()).stream()
                .filter(n -> n.path().startsWith(path)).toList()).orElse(List.of());
    }

    private List<Colleague> managersInScope(CurrentUser user) {
        return scopes.subtreePath(user).map(path -> staff.managersIn(user.institutionId(), path)).orElse(List.of());
    }

    private Map<Long, String> nodeNames(CurrentUser user) {
        return user.institutionId() == null ? Map.of() : institutions.nodes(user.institutionId()).stream()
                .collect(Collectors.toMap(NodeSummary::id, NodeSummary::name, (a, b) -> a));
    }

    /** The list's filters as they appear in the URL. */
    record OrderQuery(OrderStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long product, Long node,
                      Long manager, String enterprise, Integer page) {

        OrderFilter filter() {
            return new OrderFilter(status, from, to, product, node, manager, enterprise, page);
        }
    }
}
