package fr.allervers.security;

/**
 * Whether a consortium has been set up (organisations, territory, people, accounts, a first plan…). Implemented by
 * the administration feature; an admin of a consortium not yet set up lands on « Premiers pas » after signing in.
 */
public interface SetupState {

    boolean complete(long consortiumId);
}
