package fr.allervers.security;

/**
 * Published, within the disabling transaction, when an admin disables an account: what the account could reach
 * without signing in (a calendar subscription of its staff record) must stop too.
 *
 * @param staffId the staff record linked to the account, null when none
 */
public record AccountDisabled(long consortiumId, long userId, Long staffId) {
}
