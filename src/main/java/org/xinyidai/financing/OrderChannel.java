package org.xinyidai.financing;

/** How an order came to be: an online application, an offline product's application, or a dispatched demand. */
public enum OrderChannel {
    ONLINE, OFFLINE, DISPATCH;

    public String labelKey() {
        return "order.channel." + name();
    }
}
