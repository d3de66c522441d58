package org.xinyidai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** The header's reads (site, sites, navigation, current enterprise) happen only for a page that shows the header. */
class LayoutAttributesTests {

    @ParameterizedTest(name = "{0} with HX-Request={1}, HX-Boosted={2}: full page {3}")
    @CsvSource(nullValues = "none", value = {
            "supermarket/list,          none, none, true",
            "supermarket/list :: results, true, none, false",
            "supermarket/list,          true, none, false",
            "supermarket/list,          true, true, true",
            "redirect:/admin/sites,     none, none, false",
            "forward:/login,            none, none, false",
            "none,                      none, none, false"})
    void onlyAWholeTemplateGetsTheLayout(String view, String htmx, String boosted, boolean fullPage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/products");
        if (htmx != null) {
            request.addHeader("HX-Request", htmx);
        }
        if (boosted != null) {
            request.addHeader("HX-Boosted", boosted);
        }
        ModelAndView page = view == null ? null : new ModelAndView(view);
        assertThat(LayoutAttributes.rendersFullPage(request, page)).isEqualTo(fullPage);
    }
}
