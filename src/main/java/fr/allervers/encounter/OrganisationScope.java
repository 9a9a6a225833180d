package fr.allervers.encounter;

import org.springframework.stereotype.Component;

import fr.allervers.security.SignedInStaff;
import fr.allervers.territory.Organisation;

/**
 * Which member organisations the caller records and retracts encounters for. A field account: its own only (its
 * person's, else its account's; see {@link SignedInStaff#ownOrganisation}), so that nobody books encounters to
 * another organisation's figures or takes back a colleague's. Coordinators and admins: any organisation of the
 * consortium — they import the spreadsheets of member organisations that have no account. The command line and the
 * demo loader (no signed-in account) likewise.
 */
@Component
class OrganisationScope {

    private final SignedInStaff signedInStaff;

    OrganisationScope(SignedInStaff signedInStaff) {
        this.signedInStaff = signedInStaff;
    }

    /** @return the only organisation the caller may record for, or null for any of the consortium's */
    Organisation onlyOrganisation() {
        if (!signedInStaff.isFieldAccount()) {
            return null;
        }
        return signedInStaff.ownOrganisation().orElseThrow(() -> new OtherOrganisationException("votre compte de"
                + " terrain n'est rattaché à aucune structure membre : l'administration doit le rattacher à la vôtre"
                + " (ou à votre fiche de professionnel) avant que vous notiez des rencontres"));
    }
}
