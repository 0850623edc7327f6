package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of the server-rendered pages, over plain HTTP, signed in or not: the session cookie is
 * kept between requests, and forms are submitted as the browser does (a POST with the form's
 * fields, the pressed button, the Faces view state and the CSP nonce PrimeFaces' script adds).
 */
final class PageSession {

    /** PrimeFaces' script nonce, which its script sends back with every postback (CSP mode). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final RunningApplication app;
    /** The cookies as a browser keeps them: the session, and Faces' flash for a message across a redirect. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PageSession(RunningApplication app) {
        this.app = app;
    }

    /** A visitor who has not signed in (a shopper). */
    static PageSession anonymous(RunningApplication app) {
        return new PageSession(app);
    }

    /** Signs in through the login form, as a person would. */
    static PageSession signIn(RunningApplication app, String username, String password) {
        PageSession session = new PageSession(app);
        session.signIn(username, password);
        return session;
    }

    /** Signs this visitor in through the login form, keeping what the visit holds so far (e.g. the cart). */
    void signIn(String username, String password) {
        HttpResponse<String> login = get("/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("next", "");
        HttpResponse<String> signedIn = submit(login, "login", "login:submit", fields);
        assertThat(signedIn.statusCode()).as("a signed-in visitor is sent on").isBetween(300, 399);
    }

    HttpResponse<String> get(String path) {
        return remember(Http.send(withCookie(Http.request(app.url(path))).GET().build()));
    }

    /** Submits the form of that page with the given fields, as if the button were pressed. */
    HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(action.find()).as("form " + formId + " on the page").isTrue();
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("view state on the page").isTrue();
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        body.putAll(fields);
        body.put(button, "");
        body.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            body.put("primefaces.nonce", nonce.group(1));
        }
        StringBuilder encoded = new StringBuilder();
        body.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String target = action.group(1).replace("&amp;", "&");
        return remember(Http.send(withCookie(Http.request(app.url(target)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build()));
    }

    /** An Ajax request of that page, with its view state and script nonce, as PrimeFaces' script sends it. */
    HttpResponse<String> ajax(HttpResponse<String> page, String path, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("view state on the page").isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        return ajax(path, all);
    }

    /** Posts fields as a Faces Ajax request of the page at {@code path}, as PrimeFaces' script does. */
    HttpResponse<String> ajax(String path, Map<String, String> fields) {
        StringBuilder encoded = new StringBuilder("jakarta.faces.partial.ajax=true");
        fields.forEach((name, value) -> encoded.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return remember(Http.send(withCookie(Http.request(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build()));
    }

    /**
     * Uploads a file as PrimeFaces' simple, automatic file upload does: a multipart Ajax request of
     * the page's form that executes only the upload component {@code fieldId} and renders {@code render}
     * (client ids, space-separated).
     */
    HttpResponse<String> upload(HttpResponse<String> page, String path, String formId, String fieldId, String render,
                                String type, byte[] file) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("view state on the page").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", fieldId);
        fields.put("jakarta.faces.partial.execute", fieldId);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(formId, formId);
        fields.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----upload" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldId
                + "\"; filename=\"photo\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return remember(Http.send(withCookie(Http.request(app.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
        if (cookies.isEmpty()) {
            return request;
        }
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
        return request.header("Cookie", header.toString());
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
