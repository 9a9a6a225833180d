package fr.allervers.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in role may not use (the planning page for a field or funder account) sends it to its own
 * view instead of an error page: a bookmark or an old link still lands somewhere useful.
 */
class RolePageRedirect implements AccessDeniedHandler {

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String own = authentication == null ? null : RoleLandingPage.roleLandingPage(authentication);
        if (own == null || own.equals(request.getRequestURI())) {
            refusal.handle(request, response, e);
            return;
        }
        response.sendRedirect(request.getContextPath() + own);
    }
}
