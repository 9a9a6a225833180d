package fr.allervers.heatmap;

/**
 * Who is looking at the heatmap decides whether small cells are hidden. Funders only ever see aggregates; the
 * coordination and the field may ask for every cell. The controller asks this, nothing else, so that tying it to
 * roles changes one bean.
 */
public interface HeatmapAudience {

    /**
     * @param requestedSuppressed what the request asked ({@code suppressed}, true unless said otherwise)
     * @return whether cells with fewer than k encounters must be hidden for the current user
     */
    boolean aggregatesOnly(boolean requestedSuppressed);
}
