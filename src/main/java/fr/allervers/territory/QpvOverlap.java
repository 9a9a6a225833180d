package fr.allervers.territory;

/**
 * Commune outlines and QPV contours come from different sources and generalisations, so a QPV of a neighbouring
 * commune often grazes the border by a few metres. A QPV counts for a commune when the commune hosts it
 * officially ({@code insee_com}) or when a real share of its area (at least 1 %) lies inside.
 */
public final class QpvOverlap {

    static final double MIN_SHARE = 0.01;

    private QpvOverlap() {
    }

    public static boolean isMeaningful(Qpv qpv, Commune commune) {
        if (qpv.getCommuneInsees().contains(commune.getInsee())) {
            return true;
        }
        double area = qpv.getGeometry().getArea();
        return area > 0 && qpv.getGeometry().intersection(commune.getGeometry()).getArea() / area >= MIN_SHARE;
    }
}
