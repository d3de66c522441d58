package org.xinyidai.shared.web;

/** Paths of the open API ({@code /api/...}): answered with RFC 9457 problems, never with pages. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
