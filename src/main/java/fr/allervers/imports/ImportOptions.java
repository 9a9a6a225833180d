package fr.allervers.imports;

/**
 * What the user may say about a file besides its content.
 *
 * @param crs the EPSG code of the coordinates when the file does not say it, or to override what it says
 * @param department keep only the records of this department (for national files)
 * @param maxRepairAreaChangePercent how far a polygon repair may change the area before the file is refused
 */
public record ImportOptions(Integer crs, String department, double maxRepairAreaChangePercent) {
}
