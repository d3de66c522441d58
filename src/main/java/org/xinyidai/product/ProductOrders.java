package org.xinyidai.product;

/**
 * Whether a product has orders: a product with orders is taken offline, never deleted. The orders
 * belong to the financing module, which provides the real answer when it lands; until then there are
 * no orders at all and {@link NoProductOrdersYet} says so.
 */
public interface ProductOrders {

    boolean hasOrders(long productId);
}
