package fr.allervers.security;

/** The signed-in user as the rest of the program needs it, whatever the login method (form, Basic, OIDC). */
public interface Account {

    String username();

    Role role();

    long consortiumId();

    /** The account's session generation when this sign-in happened (see {@link AccountStateFilter}). */
    int sessionGeneration();
}
