package fr.allervers.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link TravelTimeProvider}: the configured provider behind a matrix cache. A GraphHopper
 * graph is loaded once here and closed with the application context ({@code close} is the inferred destroy method).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    CachingTravelTimeProvider travelTimeProvider(RoutingProperties properties) {
        return new CachingTravelTimeProvider(provider(properties), properties.cachedMatrices());
    }

    static TravelTimeProvider provider(RoutingProperties properties) {
        return switch (properties.provider()) {
            case GREAT_CIRCLE -> new GreatCircleTravelTimeProvider(properties.detourFactor(),
                    properties.speedsMetresPerSecond());
            case GRAPHHOPPER -> {
                if (properties.osmFile() == null) {
                    throw new IllegalStateException("allervers.routing.provider=graphhopper needs "
                            + "allervers.routing.osm-file (ALLERVERS_ROUTING_OSM_FILE)");
                }
                LOG.info("Road routing on {} (graph in {})", properties.osmFile(), properties.cacheDir());
                yield new GraphHopperTravelTimeProvider(properties.osmFile(), properties.cacheDir(),
                        properties.maxSnapMetres());
            }
        };
    }
}
