package fr.allervers.heatmap;

import org.springframework.stereotype.Component;

/**
 * Until roles are wired into the heatmap: the request decides, and it suppresses by default. To be replaced by a
 * role-based audience (FUNDER: always true; COORDINATOR and FIELD: as requested).
 */
@Component
class RequestedSuppression implements HeatmapAudience {

    @Override
    public boolean aggregatesOnly(boolean requestedSuppressed) {
        return requestedSuppressed;
    }
}
