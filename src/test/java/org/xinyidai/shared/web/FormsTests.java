package org.xinyidai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.xinyidai.shared.Refused;

/** A refused write lands on the same form the page shows: beside its field, or above the form. */
class FormsTests {

    record NodeForm(@NotBlank String name, String address) {
    }

    private static BindingResult bound(Map<String, String> values) {
        DataBinder binder = constructed(NodeForm.class, values);
        binder.bind(new MutablePropertyValues(values));
        return binder.getBindingResult();
    }

    /** A record built through its constructor, as Spring MVC binds a form record. */
    private static DataBinder constructed(Class<?> form, Map<String, String> values) {
        DataBinder binder = new DataBinder(null, "form");
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(form));
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return values.get(name);
            }

            @Override
            public java.util.Set<String> getNames() {
                return values.keySet();
            }
        });
        return binder;
    }

    @Test
    void aFieldRefusalShowsBesideItsField() {
        BindingResult binding = bound(Map.of("name", "禅城支行", "address", "季华路"));

        boolean done = Forms.attempt(binding, () -> {
            throw Refused.field("name", "node.nameTaken");
        });

        assertThat(done).isFalse();
        assertThat(binding.getFieldError("name")).isNotNull();
        assertThat(binding.getFieldError("name").getCode()).isEqualTo("node.nameTaken");
        assertThat(binding.getFieldValue("name")).isEqualTo("禅城支行");
    }

    @Test
    void aRefusalOfTheWholeRequestShowsAboveTheForm() {
        BindingResult binding = bound(Map.of("name", "禅城支行"));

        Forms.attempt(binding, () -> {
            throw new Refused("order.refused.stale");
        });

        assertThat(binding.getGlobalError()).isNotNull();
        assertThat(binding.getGlobalError().getCode()).isEqualTo("order.refused.stale");
    }

    @Test
    void aRefusalAboutAFieldTheFormDoesNotHaveShowsAboveTheForm() {
        BindingResult binding = bound(Map.of("name", "禅城支行"));

        Forms.attempt(binding, () -> {
            throw Refused.field("regionCode", "node.region.unknown");
        });

        assertThat(binding.getFieldErrors()).isEmpty();
        assertThat(binding.getGlobalError().getCode()).isEqualTo("node.region.unknown");
    }

    record CountForm(@NotBlank String name, Integer count) {
    }

    @Test
    void aFormWithAValueThatCouldNotBeConvertedIsKeptWithItsErrorsAndTakesMore() {
        DataBinder binder = constructed(CountForm.class, Map.of("name", "禅城支行", "count", "many"));
        Model model = new ExtendedModelMap();

        BindingResult binding = Forms.holding(binder.getTarget(), binder.getBindingResult(), model);
        Forms.reject(binding, Refused.field("name", "node.nameTaken"));

        assertThat(binding.getFieldError("count").getCode()).isEqualTo("typeMismatch");
        assertThat(binding.getFieldValue("count")).isEqualTo("many");
        assertThat(binding.getFieldError("name").getCode()).isEqualTo("node.nameTaken");
        assertThat(model.getAttribute("form")).isEqualTo(new CountForm("禅城支行", null));
        assertThat(model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form")).isSameAs(binding);
    }

    @Test
    void aWriteThatIsDoneReturnsItsResult() {
        BindingResult binding = bound(Map.of("name", "禅城支行"));

        assertThat(Forms.attemptAndGet(binding, () -> 42L)).contains(42L);
        assertThat(binding.hasErrors()).isFalse();
    }
}
