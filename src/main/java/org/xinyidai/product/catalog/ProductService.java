package org.xinyidai.product.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.product.ProductOrders;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.SiteApi;

/**
 * 产品管理: create, edit, copy, publish (上架), take offline (下架) and delete products of the admin's own
 * institution. The rules on a product's state are the {@link Product}'s; the ones on what is entered (a name
 * the institution already uses, districts of the city sites) are checked here, inside the write. Each change is
 * audited; another institution's product is {@link NotFound}.
 */
@Service
public class ProductService {

    /** What rich text may keep: paragraphs, emphasis, lists, headings, links (nofollow). */
    private static final Safelist DESCRIPTION = Safelist.basic().addTags("h3", "h4");

    private final Products products;
    private final ProductOrders orders;
    private final SiteApi sites;
    private final OperationLog operationLog;
    private final Clock clock;

    ProductService(Products products, ProductOrders orders, SiteApi sites, OperationLog operationLog, Clock clock) {
        this.products = products;
        this.orders = orders;
        this.sites = sites;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    /** A new draft; answers its id. */
    @Transactional
    public long create(CurrentUser admin, ProductDraft draft) {
        check(admin, draft, null);
        long id = products.insert(admin.institutionId(), sanitised(draft), admin.accountId(), OffsetDateTime.now(clock));
        operationLog.record(admin.did("PRODUCT_CREATE").on("product", id).withDetail(draft.name()));
        return id;
    }

    /** New content over the version the admin saw. */
    @Transactional
    public void update(CurrentUser admin, long id, int seenVersion, ProductDraft draft) {
        Product product = ours(admin, id);
        check(admin, draft, id);
        product.edit(sanitised(draft), seenVersion, OffsetDateTime.now(clock));
        products.save(product);
        operationLog.record(admin.did("PRODUCT_UPDATE").on("product", id).withDetail(draft.name()));
    }

    /** 复制产品: a new draft with the same content, named "…（副本）"; answers its id. */
    @Transactional
    public long copy(CurrentUser admin, long id, String copySuffix) {
        ProductSummary original = ours(admin, id).stored();
        String name = original.name() + copySuffix;
        int n = 2;
        while (products.findIdByName(admin.institutionId(), name).isPresent()) {
            name = original.name() + copySuffix + n++;
        }
        long copy = products.insert(admin.institutionId(), original.draft(name), admin.accountId(),
                OffsetDateTime.now(clock));
        operationLog.record(admin.did("PRODUCT_COPY").on("product", copy).withDetail(original.name() + " → " + name));
        return copy;
    }

    @Transactional
    public void publish(CurrentUser admin, long id) {
        change(admin, id, "PRODUCT_PUBLISH", Product::publish);
    }

    @Transactional
    public void takeOffline(CurrentUser admin, long id) {
        change(admin, id, "PRODUCT_OFFLINE", Product::takeOffline);
    }

    /** A transition of the admin's product, saved and audited. */
    private void change(CurrentUser admin, long id, String action, BiConsumer<Product, OffsetDateTime> transition) {
        Product product = ours(admin, id);
        transition.accept(product, OffsetDateTime.now(clock));
        products.save(product);
        operationLog.record(admin.did(action).on("product", id).withDetail(product.name()));
    }

    @Transactional
    public void delete(CurrentUser admin, long id) {
        Product product = ours(admin, id);
        product.checkDeletable(orders.hasOrders(id));
        products.delete(id, admin.institutionId());
        operationLog.record(admin.did("PRODUCT_DELETE").on("product", id).withDetail(product.name()));
    }

    /** Creates and publishes a product unless the institution has one of that name (demo data, imports). */
    @Transactional
    public void ensurePublished(long institutionId, long createdBy, ProductDraft draft) {
        if (products.findIdByName(institutionId, draft.name()).isEmpty()) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = products.insert(institutionId, sanitised(draft), createdBy, now);
            Product product = products.load(id, institutionId).orElseThrow();
            product.publish(now);
            products.save(product);
        }
    }

    private Product ours(CurrentUser admin, long id) {
        return products.load(id, admin.institutionId()).orElseThrow(NotFound::new);
    }

    /** A name the institution does not use for another product; districts the city sites have. */
    private void check(CurrentUser admin, ProductDraft draft, Long id) {
        Optional<Long> sameName = products.findIdByName(admin.institutionId(), draft.name());
        if (sameName.isPresent() && !sameName.get().equals(id)) {
            throw Refused.field("name", "product.nameTaken");
        }
        if (draft.criteria().regionCodes().stream().anyMatch(code -> !sites.isDistrict(code))) {
            throw Refused.field("districts", "product.districts.unknown");
        }
    }

    static String sanitise(String html) {
        return html == null || html.isBlank() ? null : Jsoup.clean(html, DESCRIPTION);
    }

    private static ProductDraft sanitised(ProductDraft d) {
        return d.withDescription(sanitise(d.descriptionHtml()));
    }
}
