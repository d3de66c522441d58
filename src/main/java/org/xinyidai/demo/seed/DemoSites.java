package org.xinyidai.demo.seed;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyidai.site.Site;
import org.xinyidai.site.Site.District;
import org.xinyidai.site.SiteApi;

/**
 * A second city site, 广州, so the header's site switch has somewhere to go. Added once the application
 * is ready, after {@link DemoData} has made 佛山 the first (default) site; running again adds nothing.
 */
@Component
@ConditionalOnProperty(name = "xyd.demo.enabled", havingValue = "true")
class DemoSites {

    private final SiteApi sites;

    DemoSites(SiteApi sites) {
        this.sites = sites;
    }

    @EventListener(ApplicationReadyEvent.class)
    void addGuangzhou() {
        sites.createIfAbsent(new Site("guangzhou", "广州", "Guangzhou", "440100", "400-8020-020", "gzxyd@example.org.cn",
                "广州市天河区珠江新城华夏路30号", List.of(
                new District("440104", "越秀区", "Yuexiu"),
                new District("440105", "海珠区", "Haizhu"),
                new District("440106", "天河区", "Tianhe"),
                new District("440111", "白云区", "Baiyun"),
                new District("440112", "黄埔区", "Huangpu"))));
    }
}
