package fr.allervers.security;

import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;

/** Creates accounts: the admin API, the command line and the demo all go through here. */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository users;
    private final ConsortiumRepository consortia;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;

    Accounts(AppUserRepository users, ConsortiumRepository consortia, OrganisationRepository organisations,
            PasswordEncoder encoder) {
        this.users = users;
        this.consortia = consortia;
        this.organisations = organisations;
        this.encoder = encoder;
    }

    /**
     * @param password null for an OIDC-only account
     * @param organisationName the member organisation, created in the consortium when new; null for none
     */
    @Transactional
    public AppUser create(String username, String password, Role role, Consortium consortium, String organisationName,
            boolean checkStrength) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._@+-]{3,120}")) {
            throw new IllegalArgumentException("identifiant invalide : 3 à 120 caractères parmi a-z 0-9 . _ @ + -");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("l'identifiant « " + name + " » existe déjà");
        }
        if (checkStrength && password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("mot de passe trop court : " + MIN_PASSWORD_LENGTH + " caractères au moins");
        }
        Organisation organisation = organisationName == null || organisationName.isBlank() ? null
                : organisations.findByConsortiumAndName(consortium, organisationName.trim())
                        .orElseGet(() -> organisations.save(new Organisation(organisationName.trim(), consortium)));
        return users.save(new AppUser(name, password == null ? null : encoder.encode(password), role, consortium,
                organisation));
    }

    @Transactional
    public Consortium consortium(String name) {
        return consortia.findByName(name).orElseGet(() -> consortia.save(new Consortium(name)));
    }
}
