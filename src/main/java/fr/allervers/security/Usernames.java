package fr.allervers.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a typed user name that the account lookup and the login throttle both use. Compatibility
 * normalisation (NFKC) then a locale-independent lower case; the lookup then matches that form exactly. A database
 * {@code upper(...) = upper(...)} would also fold Unicode case, so that {@code vıctim1} (dotless ı) found
 * {@code victim1} while the throttle counted it as another account.
 */
public final class Usernames {

    private Usernames() {
    }

    public static String normalise(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
