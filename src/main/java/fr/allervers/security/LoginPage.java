package fr.allervers.security;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The French sign-in page, rendered here so that its form carries the CSRF token without any script. */
@RestController
class LoginPage {

    private final boolean oidcEnabled;

    LoginPage(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.oidcEnabled = oidcClients.getIfAvailable() != null;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, @RequestParam(required = false) String expired) {
        String message = error != null ? "<p class=\"erreur\" role=\"alert\">Identifiant ou mot de passe incorrect, "
                + "compte désactivé, ou trop de tentatives : réessayez dans quelques minutes.</p>"
                : logout != null ? "<p class=\"info\" role=\"status\">Vous êtes déconnecté·e.</p>"
                : expired != null ? "<p class=\"info\" role=\"status\">Votre session a pris fin (mot de passe changé "
                        + "ou compte désactivé) : reconnectez-vous.</p>" : "";
        String oidc = oidcEnabled ? "<p><a class=\"bouton\" href=\"/oauth2/authorization/proconnect\">Se connecter avec "
                + "ProConnect</a></p>" : "";
        return """
                <!doctype html>
                <html lang="fr">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Connexion — Aller-Vers</title>
                  <link rel="icon" href="/favicon.ico" sizes="32x32">
                  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="/css/login.css">
                </head>
                <body>
                <main>
                  <h1>Aller-Vers</h1>
                  %s
                  <form method="post" action="/login">
                    <label for="username">Identifiant</label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">Mot de passe</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Se connecter</button>
                  </form>
                  %s
                </main>
                </body>
                </html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()), oidc);
    }
}
