package fr.allervers.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change the reference data every consortium of a deployment shares: the communes and the QPV. A consortium
 * that could import them would rename another's communes or redraw its QPV, moving its coverage and demand scores;
 * so only platform operators may — the first account of an empty deployment, and whoever it is given to from the
 * command line ({@code create-user … --platform-operator}). Read from the database at each call: imports are rare,
 * and a flag withdrawn takes effect at once.
 */
@Component
public class PlatformOperator {

    private final AppUserRepository users;

    PlatformOperator(AppUserRepository users) {
        this.users = users;
    }

    /** Whether the signed-in user is a platform operator; false when nobody is signed in. */
    @Transactional(readOnly = true)
    public boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Account account)) {
            return false;
        }
        return users.findByUsernameIgnoreCase(account.username()).map(AppUser::isPlatformOperator).orElse(false);
    }

    /** @throws NotPlatformOperatorException when the signed-in user is not a platform operator */
    public void require(String what) {
        if (!isSignedIn()) {
            throw new NotPlatformOperatorException(what);
        }
    }

    /** A refusal answered 403, in French, naming what only the operator may do. */
    public static final class NotPlatformOperatorException extends RuntimeException {

        NotPlatformOperatorException(String what) {
            super(what + " : ce sont des données de référence partagées par tous les consortiums de la plateforme,"
                    + " seul l'opérateur de la plateforme peut les importer (le premier compte créé, ou un compte"
                    + " désigné en ligne de commande). Demandez-le-lui.");
        }
    }
}
