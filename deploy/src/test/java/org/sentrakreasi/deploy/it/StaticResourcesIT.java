package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What makes the public pages load fast on a phone (docs/benchmarks.md, "Storefront"): text is
 * compressed for the browsers that ask for it, stylesheets and scripts have versioned addresses kept
 * for a year, and PrimeFaces' scripts do not hold back the first paint.
 */
class StaticResourcesIT {

    private static final Pattern RESOURCE = Pattern.compile("(?:href|src)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    private final RunningApplication app = Applications.h2();

    @Test
    void everyStylesheetAndScriptOfAPageHasAVersionedAddressKeptForAYear() {
        List<String> resources = resourcesOf(Http.get(app.url("/")).body());
        assertThat(resources).anyMatch(path -> path.contains("css/site.css")).anyMatch(path -> path.contains("ln=primefaces"));
        for (String path : resources) {
            assertThat(path).as(path).containsPattern("[?&]v=[0-9a-z.]+");
            HttpResponse<String> resource = Http.get(app.url(path));
            assertThat(resource.statusCode()).as(path).isEqualTo(200);
            assertThat(resource.headers().allValues("Cache-Control")).as(path)
                    .containsExactly("public, max-age=31536000, immutable");
            assertThat(resource.headers().firstValue("Expires")).as(path).isEmpty();
        }
    }

    @Test
    void ourStylesheetsAddressChangesOnlyWithItsContent() {
        String first = siteCss(Http.get(app.url("/")).body());
        String again = siteCss(Http.get(app.url("/cari?q=batik")).body());
        assertThat(again).isEqualTo(first);
        assertThat(Http.get(app.url(first.replaceAll("v=[0-9a-f]+", "v=0"))).statusCode())
                .as("an address of an earlier version still answers, with today's content").isEqualTo(200);
    }

    @Test
    void textIsCompressedForBrowsersThatAskForIt() {
        String css = siteCss(Http.get(app.url("/")).body());
        HttpResponse<byte[]> compressed = Http.sendBytes(asBrowser(css));
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        HttpResponse<byte[]> page = Http.sendBytes(asBrowser("/"));
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");

        HttpResponse<String> plain = Http.get(app.url(css));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("{");
    }

    @Test
    void primeFacesScriptsComeAfterTheContentAndTheProductPageLoadsNone() {
        String tracking = Http.get(app.url("/lacak")).body();
        assertThat(tracking.substring(0, tracking.indexOf("</head>"))).doesNotContain("<script src=");
        Matcher core = Pattern.compile("<script src=\"[^\"]*core\\.js[^\"]*\"[^>]*>").matcher(tracking);
        assertThat(core.find()).as("PrimeFaces' core script on a page with PrimeFaces components").isTrue();
        assertThat(core.start()).isGreaterThan(tracking.indexOf("</main>"));

        // Its one form is plain Faces, sent by js/add-to-cart.js: jQuery and PrimeFaces' scripts cost phones 163 KB.
        String product = Http.json(Http.get(app.url("/api/v1/products?size=1"))).get("items").get(0).get("slug").asText();
        String page = Http.get(app.url("/p/" + product)).body();
        assertThat(page.substring(0, page.indexOf("</head>"))).doesNotContain("<script src=");
        assertThat(page).contains("js/add-to-cart.js").doesNotContainPattern("core\\.js|jquery");
    }

    /**
     * HTTP/1.1, as browsers speak plain HTTP: they never upgrade it to HTTP/2 (h2c), the JDK client
     * does, and Payara compresses only HTTP/1.1 answers.
     */
    private HttpRequest asBrowser(String path) {
        return Http.request(app.url(path)).version(HttpClient.Version.HTTP_1_1)
                .header("Accept-Encoding", "gzip").GET().build();
    }

    private static List<String> resourcesOf(String page) {
        List<String> paths = new ArrayList<>();
        Matcher matcher = RESOURCE.matcher(page);
        while (matcher.find()) {
            paths.add(matcher.group(1).replace("&amp;", "&"));
        }
        return paths;
    }

    private static String siteCss(String page) {
        return resourcesOf(page).stream().filter(path -> path.contains("css/site.css")).findFirst().orElseThrow();
    }
}
