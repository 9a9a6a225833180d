package fr.allervers.coverage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the funders' coverage report, under {@code allervers.coverage}.
 *
 * @param qpvNearbyMetres a QPV counts as reached when a permanence of the month is held this close to it (the
 *                        same 500 m the permanence planner uses for a place's QPV demand)
 * @param zone            the time zone that decides which permanences are already held and which are planned
 */
@ConfigurationProperties("allervers.coverage")
public record CoverageProperties(Double qpvNearbyMetres, String zone) {

    public CoverageProperties {
        qpvNearbyMetres = qpvNearbyMetres == null ? 500.0 : qpvNearbyMetres;
        zone = zone == null || zone.isBlank() ? "Europe/Paris" : zone;
    }
}
