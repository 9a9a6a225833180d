package fr.allervers.heatmap;

/**
 * Who is looking at the heatmap decides what it may show. Funders only ever see aggregates that cannot be differenced;
 * the coordination and the field may ask for every cell. The controller asks this, nothing else, so that tying it to
 * roles changes one bean.
 */
public interface HeatmapAudience {

    /** What a request may get. */
    enum View {
        /** The consortium's staff asking for every cell ({@code suppressed=false}): any period, cells from 50 m. */
        EVERY_CELL,
        /** The consortium's staff hiding small cells, their own choice: any period, cells from 500 m. */
        SUPPRESSED,
        /**
         * Anyone who may only see aggregates (funders): the fixed nested cells of {@link PublishedHeatmap}, whole
         * months, the fixed half-life, and small counts hidden so that no two answers can be differenced.
         */
        PUBLISHED
    }

    /**
     * @param requestedSuppressed what the request asked ({@code suppressed}, true unless said otherwise); ignored
     *        for an aggregates-only audience
     */
    View view(boolean requestedSuppressed);
}
