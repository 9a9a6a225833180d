package fr.allervers.permanence.domain;

public enum SiteKind {
    PUBLIC_SQUARE,
    MARKET,
    CENTRE_SOCIAL,
    DAY_CENTRE,
    OTHER;

    /** Whether a fixed permanence (no van) can be held here: it needs a room, which squares and markets lack. */
    public boolean hostsFixedPermanence() {
        return this != PUBLIC_SQUARE && this != MARKET;
    }
}
