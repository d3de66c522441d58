package org.xinyidai.product.catalog;

import java.time.OffsetDateTime;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.shared.Refused;

/**
 * A loan product of an institution, the aggregate of this module: 草稿 → 已上架 ⇄ 已下架. It holds the rules on
 * what may happen to it (an edit only over the version the admin saw, publishing what is not published, taking
 * offline what is, deleting only what is not published and has no orders), refuses the rest with a
 * {@link Refused}, and {@link Products#save} writes a change as a versioned update.
 */
public class Product {

    private final ProductSummary stored;
    private ProductDraft draft;
    private ProductStatus status;
    private OffsetDateTime changedAt;
    private boolean published;
    private String refusalIfChangedMeanwhile;

    /** As stored; only {@link Products} builds one. */
    Product(ProductSummary stored) {
        this.stored = stored;
        this.status = stored.status();
    }

    /** New content, over the version the admin saw when opening the form. */
    void edit(ProductDraft newDraft, int seenVersion, OffsetDateTime at) {
        if (seenVersion != stored.version()) {
            throw new Refused("product.changedMeanwhile");
        }
        draft = newDraft;
        changed("product.changedMeanwhile", at);
    }

    /** 上架: into the supermarket. */
    void publish(OffsetDateTime at) {
        if (status == ProductStatus.PUBLISHED) {
            throw new Refused("product.alreadyPublished");
        }
        status = ProductStatus.PUBLISHED;
        published = true;
        changed("product.alreadyPublished", at);
    }

    /** 下架: out of the supermarket; only a published product. */
    void takeOffline(OffsetDateTime at) {
        if (status != ProductStatus.PUBLISHED) {
            throw new Refused("product.notPublished");
        }
        status = ProductStatus.OFFLINE;
        changed("product.notPublished", at);
    }

    /** Deleting is for drafts and products without orders; others are taken offline. */
    void checkDeletable(boolean hasOrders) {
        if (status == ProductStatus.PUBLISHED) {
            throw new Refused("product.deletePublished");
        }
        if (hasOrders) {
            throw new Refused("product.hasOrders");
        }
    }

    private void changed(String refusal, OffsetDateTime at) {
        refusalIfChangedMeanwhile = refusal;
        changedAt = at;
    }

    public long id() {
        return stored.id();
    }

    public long institutionId() {
        return stored.institutionId();
    }

    public String name() {
        return draft == null ? stored.name() : draft.name();
    }

    /** The product as loaded. */
    public ProductSummary stored() {
        return stored;
    }

    /** The new content to write, or null when only the status changed (or nothing). */
    ProductDraft newDraft() {
        return draft;
    }

    ProductStatus status() {
        return status;
    }

    /** Whether it has just been published (its publication time is now). */
    boolean justPublished() {
        return published;
    }

    boolean changed() {
        return refusalIfChangedMeanwhile != null;
    }

    String refusalIfChangedMeanwhile() {
        return refusalIfChangedMeanwhile;
    }

    OffsetDateTime changedAt() {
        return changedAt;
    }

    int version() {
        return stored.version();
    }
}
