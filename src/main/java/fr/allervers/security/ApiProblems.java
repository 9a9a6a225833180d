package fr.allervers.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

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
        if (e instanceof CsrfException) {
            // The page's token is gone or stale (session ended and restarted, server restarted): a reload fixes it.
            write(response, HttpStatus.FORBIDDEN, "session-expiree", "Session expirée",
                    "Votre session a expiré : rechargez la page.");
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "role-insuffisant", "Accès refusé", refusal(request,
                SecurityContextHolder.getContext().getAuthentication()));
    }

    /** « Votre compte (terrain) ne peut pas lancer de calcul : demandez à la coordination. » */
    static String refusal(HttpServletRequest request, Authentication authentication) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean administration = path.startsWith("/api/users") || path.startsWith("/api/setup")
                || (!"GET".equals(request.getMethod())
                        && (path.startsWith("/api/organisations") || path.startsWith("/api/territories")));
        return "Votre compte (" + roleLabel(authentication) + ") ne peut pas " + action(request.getMethod(), path)
                + " : demandez à " + (administration ? "l’administration" : "la coordination") + ".";
    }

    private static String action(String method, String path) {
        if ("GET".equals(method)) {
            return "consulter ces données";
        }
        if ("POST".equals(method) && (path.equals("/api/permanence-plans") || path.equals("/api/maraude-plans")
                || path.endsWith("/replan"))) {
            return "lancer de calcul";
        }
        if (path.startsWith("/api/imports")) {
            return "importer de fichier";
        }
        if (path.startsWith("/api/permanence-plans") || path.startsWith("/api/maraude-plans")) {
            return "modifier un plan";
        }
        if (path.startsWith("/api/users") || path.startsWith("/api/setup")) {
            return "gérer les comptes";
        }
        return "faire cette modification";
    }

    private static String roleLabel(Authentication authentication) {
        if (authentication == null) {
            return "inconnu";
        }
        for (Role role : Role.values()) {
            if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                return switch (role) {
                    case ADMIN -> "administration";
                    case COORDINATOR -> "coordination";
                    case FIELD -> "terrain";
                    case FUNDER -> "financeur";
                };
            }
        }
        return "sans rôle";
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
