package org.xinyidai.site.directory;

/** A site's banner or logo as stored: the image bytes and their content type ({@code image/png}, {@code image/jpeg}). */
public record SiteImage(byte[] bytes, String contentType) {
}
