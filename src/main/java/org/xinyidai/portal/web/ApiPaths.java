package org.xinyidai.portal.web;

/** Paths of the open API ({@code /api/...}): answered with RFC 9457 problems, never with pages. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
