package org.xinyidai.financing.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The settings bind from configuration text the way application.yml writes them. */
class LoanPropertiesTests {

    @Test
    void defaultsWhenNothingIsSet() {
        LoanProperties properties = bind(Map.of("xyd.other", "x"));

        assertThat(properties.basis()).isEqualTo(DayCountBasis.D365);
        assertThat(properties.classification()).isEqualTo(new LoanProperties.Classification(90, 270, 360));
        assertThat(properties.holidays()).isEmpty();
    }

    @Test
    void everySettingCanBeChanged() {
        LoanProperties properties = bind(Map.of(
                "xyd.financing.day-count-basis", "360",
                "xyd.financing.classification.substandard-after-days", "60",
                "xyd.financing.classification.doubtful-after-days", "180",
                "xyd.financing.classification.loss-after-days", "300",
                "xyd.financing.holidays[0]", "2026-10-01",
                "xyd.financing.holidays[1]", "2026-10-02"));

        assertThat(properties.basis()).isEqualTo(DayCountBasis.D360);
        assertThat(properties.classification()).isEqualTo(new LoanProperties.Classification(60, 180, 300));
        assertThat(properties.holidays()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
    }

    @Test
    void applicationYmlSpellsOutTheDefaults() throws IOException {
        List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        LoanProperties properties = new Binder(ConfigurationPropertySources.from(yml.get(0)))
                .bindOrCreate("xyd.financing", LoanProperties.class);

        assertThat(yml.get(0).getProperty("xyd.financing.classification.substandard-after-days")).hasToString("90");
        assertThat(properties).isEqualTo(bind(Map.of("xyd.other", "x")));
    }

    @Test
    void aBasisOtherThan360Or365IsRefused() {
        assertThatThrownBy(() -> bind(Map.of("xyd.financing.day-count-basis", "366"))).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static LoanProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("xyd.financing", LoanProperties.class);
    }
}
