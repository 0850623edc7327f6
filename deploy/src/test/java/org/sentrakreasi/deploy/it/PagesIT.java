package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The server-rendered pages over plain HTTP (the browser IT covers what needs a real browser). */
class PagesIT {

    private final RunningApplication app = Applications.h2();

    @Test
    void homePageShowsTheShopInIndonesianWithProductCards() {
        HttpResponse<String> home = Http.get(app.url("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Sentra Kreasi")
                .contains("lang=\"id\"")
                .contains("Karya terbaru")
                .contains("class=\"product-card\"")
                .containsPattern("Rp[0-9]{1,3}(\\.[0-9]{3})+")
                .as("every script and stylesheet resolves").doesNotContain("RES_NOT_FOUND");
    }

    @Test
    void englishIsOneLinkAwayAndStaysForTheVisit() {
        HttpResponse<String> english = Http.get(app.url("/index.xhtml?lang=en"));
        assertThat(english.body()).contains("Latest works").contains("lang=\"en\"");
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> next = Http.send(Http.request(app.url("/")).header("Cookie", cookie).GET().build());
        assertThat(next.body()).contains("Latest works");
    }

    @Test
    void searchBoxNarrowsTheList() {
        HttpResponse<String> results = Http.get(app.url("/index.xhtml?q=keripik"));
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("keripik").containsIgnoringCase("Keripik");
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndSecureHeaders() {
        HttpResponse<String> home = Http.get(app.url("/"));
        assertThat(home.headers().allValues("Content-Security-Policy")).as("exactly one policy").hasSize(1);
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'")
                .doesNotContain("unsafe-eval");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void unknownPagesGetAFriendlyIndonesian404() {
        HttpResponse<String> missing = Http.get(app.url("/tidak-ada.xhtml"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Halaman tidak ditemukan").doesNotContain("at org.").doesNotContain("Stack trace");
    }

    @Test
    void accountPagesAskForSignInFirst() {
        HttpResponse<String> account = Http.get(app.url("/akun/index.xhtml"));
        assertThat(account.statusCode()).isBetween(300, 399);
        assertThat(account.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        HttpResponse<String> login = Http.get(app.url("/login.xhtml"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Kata sandi").contains("jakarta.faces.ViewState");
    }
}
