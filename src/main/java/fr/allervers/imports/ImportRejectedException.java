package fr.allervers.imports;

/**
 * A file that cannot be used. It names the feature (1-based number in the file, and its key when known) so that
 * the user can find the line to fix; nothing of the file is written.
 */
public class ImportRejectedException extends RuntimeException {

    private final Integer feature;
    private final String key;
    private final String reason;

    public ImportRejectedException(Integer feature, String key, String reason) {
        super(message(feature, key, reason));
        this.feature = feature;
        this.key = key;
        this.reason = reason;
    }

    public static ImportRejectedException wholeFile(String reason) {
        return new ImportRejectedException(null, null, reason);
    }

    public Integer getFeature() {
        return feature;
    }

    public String getKey() {
        return key;
    }

    public String getReason() {
        return reason;
    }

    private static String message(Integer feature, String key, String reason) {
        if (feature == null) {
            return reason;
        }
        return "entité n° " + feature + (key == null ? "" : " (" + key + ")") + " : " + reason;
    }
}
