package fr.allervers.security;

/** What each request of a signed-in user checks: still enabled, same session generation, password to change. */
public record AccountState(boolean enabled, boolean mustChangePassword, int sessionGeneration) {
}
