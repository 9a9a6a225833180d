package fr.allervers.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks, on every request of a signed-in user, that the account still allows what the session was opened for.
 * A disabled account, or a session opened before the password was reset or changed (its session generation is
 * behind the account's), ends at once: the session is invalidated and the request refused (401 for the API, the
 * login page for a page). An account whose password was chosen by an admin can only change it: the API answers 403
 * and pages lead to {@value #CHANGE_PASSWORD_PAGE}. HTTP Basic needs no session check — each call signs in afresh,
 * and a disabled account cannot (its login is refused before this filter).
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PAGE = "/mot-de-passe.html";
    static final String PASSWORD_CHANGE_REQUIRED = "password-change-required";

    /** Static files: they hold no data, and the change-password page needs its scripts and styles. */
    private static final String[] ASSET_PREFIXES = {"/css/", "/js/", "/webjars/", "/img/", "/actuator/health"};
    private static final Set<String> ASSETS = Set.of("/favicon.ico", "/favicon.svg", "/sw.js", "/error", "/login");

    private final AppUserRepository users;
    private final ApiProblems problems;

    AccountStateFilter(AppUserRepository users, ApiProblems problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication == null || !(authentication.getPrincipal() instanceof Account account) || isAsset(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountState> state = users.findStateByUsername(account.username());
        if (state.isEmpty() || !state.get().enabled()
                || state.get().sessionGeneration() != account.sessionGeneration()) {
            endSession(request);
            if (isApi(path)) {
                problems.write(response, HttpStatus.UNAUTHORIZED, "session-ended", "Session terminée",
                        "Votre session a pris fin (compte désactivé ou mot de passe changé) : reconnectez-vous.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        if (state.get().mustChangePassword() && !allowedBeforePasswordChange(request, path)) {
            if (isApi(path)) {
                problems.write(response, HttpStatus.FORBIDDEN, PASSWORD_CHANGE_REQUIRED, "Mot de passe à changer",
                        "Votre mot de passe est provisoire : choisissez le vôtre (page « Changer mon mot de passe ») "
                                + "avant de continuer.");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedBeforePasswordChange(HttpServletRequest request, String path) {
        return path.equals(CHANGE_PASSWORD_PAGE)
                || (path.equals("/api/me") && HttpMethod.GET.matches(request.getMethod()))
                || (path.equals("/api/me/password") && HttpMethod.PUT.matches(request.getMethod()))
                || path.equals("/logout");
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static boolean isAsset(String path) {
        if (ASSETS.contains(path)) {
            return true;
        }
        for (String prefix : ASSET_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
