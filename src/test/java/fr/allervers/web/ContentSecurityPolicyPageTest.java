package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.allervers.security.Role;

/**
 * Every page still works under the Content-Security-Policy of {@code security.SecurityHeaders} (no inline script or
 * style): Chromium logs each thing the policy refuses, and no page may have one.
 */
@BrowserTest
class ContentSecurityPolicyPageTest extends SignedInPage {

    ContentSecurityPolicyPageTest() {
        super(Role.ADMIN);
    }

    @Test
    void noPageTripsThePolicy() {
        List<String> refusals = new ArrayList<>();
        for (String page : new String[] {"/planification.html", "/administration.html", "/premiers-pas.html",
                "/financeur.html", "/rapport.html", "/ma-journee.html", "/mot-de-passe.html", "/index.html"}) {
            browser.visit(page);
            browser.waitUntil("la page « " + page + " » est prête", Duration.ofSeconds(30),
                    "return document.readyState === 'complete' && (!window.allerVers || window.allerVers.ready === true"
                            + " || window.allerVers.errors.length > 0)");
            refusals.addAll(refusalsOn(page));
        }
        browser.visit("/swagger-ui.html");
        browser.waitUntil("Swagger UI affiche l'API", Duration.ofSeconds(30),
                "return document.querySelector('.swagger-ui .info .title') !== null");
        refusals.addAll(refusalsOn("/swagger-ui.html"));
        assertThat(refusals).isEmpty();
    }

    @Test
    void theLoginPageIsStyledFromItsStylesheet() {
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login");
        browser.waitUntil("le bouton de connexion est mis en forme", Duration.ofSeconds(10),
                "const b = document.querySelector('button[type=submit]');"
                        + "return b !== null && getComputedStyle(b).backgroundColor === 'rgb(0, 0, 145)'");
        assertThat(refusalsOn("/login")).isEmpty();
    }

    private List<String> refusalsOn(String page) {
        return browser.consoleErrors().stream().filter(line -> line.contains("Content Security Policy"))
                .map(line -> page + " : " + line).toList();
    }
}
