package fr.allervers.encounter;

/** A field account recording or retracting an encounter of another organisation than its own: 403, nothing written. */
class OtherOrganisationException extends RuntimeException {

    private final Integer feature;

    OtherOrganisationException(String message) {
        this(null, message);
    }

    OtherOrganisationException(Integer feature, String message) {
        super(feature == null ? message : "rencontre n° " + feature + " : " + message);
        this.feature = feature;
    }

    Integer getFeature() {
        return feature;
    }
}
