package org.xinyidai.demo.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether every page warns that demo data is on: whenever it is loaded outside the {@code dev} profile
 * ({@code XYD_DEMO_DATA=true}), since its accounts share a password published in the README. Pages ask
 * {@code ${@demoDataBanner.shown}}.
 */
@Component("demoDataBanner")
public class DemoDataBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataBanner.class);

    private final boolean shown;

    DemoDataBanner(Environment environment) {
        this.shown = environment.getProperty("xyd.demo.enabled", Boolean.class, false)
                && !environment.acceptsProfiles(Profiles.of("dev"));
        if (shown) {
            log.warn("Demo data is on outside the dev profile: its accounts use the password published in the README. "
                    + "Unset XYD_DEMO_DATA for real use.");
        }
    }

    public boolean isShown() {
        return shown;
    }
}
