package fr.allervers.demand;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.allervers.security.Role;

/**
 * Whether the signed-in user is of the consortium's staff (FIELD, and COORDINATOR and ADMIN above it). Anyone else —
 * funders — gets the published commune scores: no 115 hotel capacity, encounters in whole months, small counts left
 * out ({@link DemandService#publishedCommuneScores}).
 */
@Component
class DemandAudience {

    private final RoleHierarchy roles;

    DemandAudience(RoleHierarchy roles) {
        this.roles = roles;
    }

    boolean consortiumStaff() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && roles.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .anyMatch(authority -> Role.FIELD.authority().equals(authority.getAuthority()));
    }
}
