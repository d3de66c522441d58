package org.xinyidai.product.catalog;

import org.xinyidai.product.ProductDraft;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.product.Product;
import org.xinyidai.product.ProductApi;
import org.xinyidai.product.ProductOrders;
import org.xinyidai.product.ProductStatus;

/**
 * 产品管理: create, edit, copy, publish (上架), take offline (下架) and delete products of the admin's own
 * institution. Deleting is for drafts and products without orders; others are taken offline. Each
 * change is audited; a save over someone else's newer save is refused.
 */
@Service
public class ProductCatalog implements ProductApi {

    /** What rich text may keep: paragraphs, emphasis, lists, headings, links (nofollow). */
    private static final Safelist DESCRIPTION = Safelist.basic().addTags("h3", "h4");

    private final Products products;
    private final Supermarket supermarket;
    private final ProductOrders orders;
    private final OperationLog operationLog;
    private final Clock clock;

    ProductCatalog(Products products, Supermarket supermarket, ProductOrders orders, OperationLog operationLog,
                   Clock clock) {
        this.products = products;
        this.supermarket = supermarket;
        this.orders = orders;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    /** The outcome of a change: done (with the product's id), or refused with a message key. */
    public record Outcome(boolean done, long productId, String messageKey) {

        static Outcome done(long id) {
            return new Outcome(true, id, null);
        }

        static Outcome refused(String key) {
            return new Outcome(false, 0, key);
        }
    }

    @Transactional
    public Outcome create(CurrentUser admin, ProductDraft draft) {
        if (products.findIdByName(admin.institutionId(), draft.name()).isPresent()) {
            return Outcome.refused("product.nameTaken");
        }
        long id = products.insert(admin.institutionId(), sanitised(draft), admin.accountId(), OffsetDateTime.now(clock));
        operationLog.record(admin.did("PRODUCT_CREATE").on("product", id).withDetail(draft.name()));
        return Outcome.done(id);
    }

    @Transactional
    public Outcome update(CurrentUser admin, long id, int version, ProductDraft draft) {
        Optional<Long> sameName = products.findIdByName(admin.institutionId(), draft.name());
        if (sameName.isPresent() && sameName.get() != id) {
            return Outcome.refused("product.nameTaken");
        }
        if (!products.update(id, admin.institutionId(), version, sanitised(draft), OffsetDateTime.now(clock))) {
            return Outcome.refused("product.changedMeanwhile");
        }
        operationLog.record(admin.did("PRODUCT_UPDATE").on("product", id).withDetail(draft.name()));
        return Outcome.done(id);
    }

    /** 复制产品: a new draft with the same content, named "…（副本）". */
    @Transactional
    public Outcome copy(CurrentUser admin, Product original, String copySuffix) {
        String name = original.name() + copySuffix;
        int n = 2;
        while (products.findIdByName(admin.institutionId(), name).isPresent()) {
            name = original.name() + copySuffix + n++;
        }
        ProductDraft draft = new ProductDraft(name, original.type(), original.guaranteeMethods(),
                original.amountMinWan(), original.amountMaxWan(), original.termMinMonths(), original.termMaxMonths(),
                original.rateMin(), original.rateMax(), original.repaymentMethods(), original.online(),
                original.criteria(), original.requiredMaterials(), original.features(), original.descriptionHtml(),
                original.contactName(), original.contactPhone(), original.tags());
        long id = products.insert(admin.institutionId(), draft, admin.accountId(), OffsetDateTime.now(clock));
        operationLog.record(admin.did("PRODUCT_COPY").on("product", id).withDetail(original.name() + " → " + name));
        return Outcome.done(id);
    }

    @Transactional
    public Outcome publish(CurrentUser admin, Product product) {
        ProductStatus from = product.status();
        if (from == ProductStatus.PUBLISHED
                || !products.setStatus(product.id(), admin.institutionId(), from, ProductStatus.PUBLISHED,
                OffsetDateTime.now(clock))) {
            return Outcome.refused("product.alreadyPublished");
        }
        operationLog.record(admin.did("PRODUCT_PUBLISH").on("product", product.id()).withDetail(product.name()));
        return Outcome.done(product.id());
    }

    @Transactional
    public Outcome takeOffline(CurrentUser admin, Product product) {
        if (!products.setStatus(product.id(), admin.institutionId(), ProductStatus.PUBLISHED, ProductStatus.OFFLINE,
                OffsetDateTime.now(clock))) {
            return Outcome.refused("product.notPublished");
        }
        operationLog.record(admin.did("PRODUCT_OFFLINE").on("product", product.id()).withDetail(product.name()));
        return Outcome.done(product.id());
    }

    @Transactional
    public Outcome delete(CurrentUser admin, Product product) {
        if (product.isPublished()) {
            return Outcome.refused("product.deletePublished");
        }
        if (orders.hasOrders(product.id())) {
            return Outcome.refused("product.hasOrders");
        }
        products.delete(product.id(), admin.institutionId());
        operationLog.record(admin.did("PRODUCT_DELETE").on("product", product.id()).withDetail(product.name()));
        return Outcome.done(product.id());
    }

    @Override
    public Optional<Product> find(long productId) {
        return products.find(productId);
    }

    @Override
    public org.xinyidai.product.SupermarketPage searchPublished(org.xinyidai.product.SupermarketQuery query) {
        return supermarket.search(query);
    }

    @Override
    public Optional<Product> findPublished(long productId, java.util.Set<String> siteRegions) {
        return supermarket.find(productId, siteRegions);
    }

    @Override
    public Map<ProductStatus, Long> countByStatus(long institutionId) {
        return products.countByStatus(institutionId);
    }

    @Override
    @Transactional
    public void ensurePublished(long institutionId, long createdBy, ProductDraft draft) {
        if (products.findIdByName(institutionId, draft.name()).isEmpty()) {
            long id = products.insert(institutionId, sanitised(draft), createdBy, OffsetDateTime.now(clock));
            products.setStatus(id, institutionId, ProductStatus.DRAFT, ProductStatus.PUBLISHED, OffsetDateTime.now(clock));
        }
    }

    static String sanitise(String html) {
        return html == null || html.isBlank() ? null : Jsoup.clean(html, DESCRIPTION);
    }

    private static ProductDraft sanitised(ProductDraft d) {
        return new ProductDraft(d.name(), d.type(), d.guaranteeMethods(), d.amountMinWan(), d.amountMaxWan(),
                d.termMinMonths(), d.termMaxMonths(), d.rateMin(), d.rateMax(), d.repaymentMethods(), d.online(),
                d.criteria(), d.requiredMaterials(), d.features(), sanitise(d.descriptionHtml()), d.contactName(),
                d.contactPhone(), d.tags());
    }
}
