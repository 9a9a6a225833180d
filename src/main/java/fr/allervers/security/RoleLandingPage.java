package fr.allervers.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** After signing in, each role lands on its own view unless it was on its way to a page. */
class RoleLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        setDefaultTargetUrl(landingPage(authentication));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    static String landingPage(Authentication authentication) {
        if (hasRole(authentication, Role.FUNDER)) {
            return "/financeur.html";
        }
        if (hasRole(authentication, Role.FIELD)) {
            return "/ma-journee.html";
        }
        return "/planification.html";
    }

    private static boolean hasRole(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
