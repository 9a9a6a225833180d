/**
 * Administration of a consortium by its admins: member organisations, territories drawn from the imported communes,
 * and the « Premiers pas » of a new deployment. Accounts themselves are managed in {@code security}.
 */
package fr.allervers.administration;
