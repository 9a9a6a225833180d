package fr.allervers.imports;

/**
 * What the user may say about a file besides its content, and what one import keeps while it reads the file.
 *
 * @param crs the EPSG code of the coordinates when the file does not say it, or to override what it says
 * @param department keep only the records of this department (for national files)
 * @param maxRepairAreaChangePercent how far a polygon repair may change the area before the file is refused
 * @param maxVerticesPerFeature a polygon with more points is refused before it is checked or repaired
 * @param communes the commune outlines, read once per import, that place a point without an INSEE column
 */
public record ImportOptions(Integer crs, String department, double maxRepairAreaChangePercent,
        int maxVerticesPerFeature, CommuneIndex communes) {
}
