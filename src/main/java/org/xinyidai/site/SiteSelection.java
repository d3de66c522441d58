package org.xinyidai.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The older name of {@link SiteApi#current}, kept only for the credit-agency pages until they leave the portal for
 * the {@code credit} module (issue 10); everything else reads {@link SiteApi}. Remove with those pages' move.
 */
@Deprecated(forRemoval = true)
public interface SiteSelection {

    Optional<Site> current(HttpServletRequest request);
}
