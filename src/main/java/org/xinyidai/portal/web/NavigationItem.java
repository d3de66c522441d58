package org.xinyidai.portal.web;

/** One entry of a console's side navigation. */
public record NavigationItem(String labelKey, String path, String icon, String descriptionKey) {
}
