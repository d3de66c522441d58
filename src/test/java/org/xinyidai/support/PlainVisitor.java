package org.xinyidai.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor without a browser, for what MockMvc cannot show: the real server's error pages (the container's
 * forward to /error), Tomcat's upload limits. Keeps cookies, takes the CSRF token from the last page it read,
 * never follows redirects on its own.
 */
public final class PlainVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    public PlainVisitor(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A page as a browser asks for it (Accept text/html), in the language the xyd-lang cookie would choose. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET()
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return remember(send(request.build()));
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        StringBuilder body = new StringBuilder();
        all.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()));
    }

    /** Posts a multipart form with one file, as the browser would after the page at {@code referer}. */
    public HttpResponse<String> upload(String path, String referer, Map<String, String> fields, String fileField,
                                       String fileName, byte[] content) {
        String boundary = "----xyd" + UUID.randomUUID();
        var parts = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        all.putAll(fields);
        all.forEach((name, value) -> parts.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        parts.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.writeBytes(content);
        parts.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", base + referer).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(parts.toByteArray())).build()));
    }

    /** Signs in by password (enterprise users need no second factor). */
    public void signIn(String phone, String password) {
        get("/login");
        HttpResponse<String> answer = post("/login/password", Map.of("phone", phone, "password", password));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Sign-in refused: " + answer.statusCode());
        }
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
