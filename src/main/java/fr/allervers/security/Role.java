package fr.allervers.security;

/**
 * What a user may do. Coordinators (project leads) manage their consortium's territory, data and plans; field
 * staff read plans and routes and record encounters; funders read aggregated coverage only. ADMIN includes
 * COORDINATOR, which includes FIELD (see {@link SecurityConfig#roleHierarchy()}); FUNDER includes nothing.
 */
public enum Role {
    ADMIN, COORDINATOR, FIELD, FUNDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
