package fr.allervers.heatmap;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.allervers.security.Role;

/**
 * The consortium's own people (FIELD, and COORDINATOR and ADMIN above it) see what they ask for, suppressed by
 * default; anyone else — funders, or no user at all — only ever sees the published aggregates.
 */
@Component
class RoleHeatmapAudience implements HeatmapAudience {

    private final RoleHierarchy roles;

    RoleHeatmapAudience(RoleHierarchy roles) {
        this.roles = roles;
    }

    @Override
    public View view(boolean requestedSuppressed) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean consortiumStaff = user != null && roles.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .anyMatch(authority -> Role.FIELD.authority().equals(authority.getAuthority()));
        if (!consortiumStaff) {
            return View.PUBLISHED;
        }
        return requestedSuppressed ? View.SUPPRESSED : View.EVERY_CELL;
    }
}
