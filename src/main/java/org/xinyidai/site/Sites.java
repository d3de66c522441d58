package org.xinyidai.site;

import java.util.List;
import java.util.Optional;

/**
 * The older name of {@link SiteApi}'s reads, kept only for the credit-agency pages until they leave the portal for
 * the {@code credit} module (issue 10); everything else reads {@link SiteApi}. Remove with those pages' move.
 */
@Deprecated(forRemoval = true)
public interface Sites {

    List<Site> all();

    Optional<Site> find(String code);
}
