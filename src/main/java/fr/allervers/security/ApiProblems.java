package fr.allervers.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401, 403 and 429 answers of the API as problem+json. No {@code WWW-Authenticate: Basic} challenge is sent, so a
 * browser never caches Basic credentials that a forged cross-site request could then reuse without a CSRF token.
 */
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled) {
            long seconds = Math.max(1, Duration.between(Instant.now(), throttled.retryAfter()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Trop de tentatives",
                    "Trop de tentatives de connexion échouées : réessayez dans " + seconds + " s.");
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, "Authentification requise",
                "Connectez-vous (session) ou fournissez un identifiant et un mot de passe (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Accès refusé",
                "Votre rôle ne permet pas cette action, ou le jeton CSRF manque (en-tête X-XSRF-TOKEN).");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        writeBody(response, status, "about:blank", title, detail);
    }

    /** A refusal of ours, typed under https://allervers.fr/problemes/ like those of {@code system.Problems}. */
    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        writeBody(response, status, "https://allervers.fr/problemes/" + type, title, detail);
    }

    private static void writeBody(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
