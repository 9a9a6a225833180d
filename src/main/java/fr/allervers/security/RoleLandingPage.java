package fr.allervers.security;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After signing in, each role lands on its own view unless it was on its way to a page. An admin whose consortium
 * is not set up yet lands on « Premiers pas »; anyone whose password is temporary, on the change-password page.
 */
class RoleLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String FIRST_STEPS_PAGE = "/premiers-pas.html";

    private final AppUserRepository users;
    private final ObjectProvider<SetupState> setupState;

    RoleLandingPage(AppUserRepository users, ObjectProvider<SetupState> setupState) {
        this.users = users;
        this.setupState = setupState;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof Account account && users.findStateByUsername(account.username())
                .map(AccountState::mustChangePassword).orElse(false)) {
            new HttpSessionRequestCache().removeRequest(request, response);
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, AccountStateFilter.CHANGE_PASSWORD_PAGE);
            return;
        }
        setDefaultTargetUrl(landingPage(authentication));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    String landingPage(Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN) && authentication.getPrincipal() instanceof Account account) {
            SetupState state = setupState.getIfAvailable();
            if (state != null && !state.complete(account.consortiumId())) {
                return FIRST_STEPS_PAGE;
            }
        }
        return roleLandingPage(authentication);
    }

    /** Each role's own view, whatever the state of its consortium. */
    static String roleLandingPage(Authentication authentication) {
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
