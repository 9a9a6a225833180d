package fr.allervers.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.Staff;

/**
 * Creates and changes accounts: the admin API, the command line and the demo all go through here, so that every
 * password passes the {@link PasswordPolicy} (only the demo's documented password is exempt, in
 * {@link #createDemoAccount}) and every change is written to the audit trail — who, when, which account, never the
 * password.
 */
@Service
public class Accounts {

    /** Without 0/O, 1/l/I: a temporary password is read out or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The embedded demo's password, as its documentation gives it: the one password exempt from the policy. */
    static final String DOCUMENTED_DEMO_PASSWORD = "demo";

    private final AppUserRepository users;
    private final ConsortiumRepository consortia;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ConsortiumLoginNames loginNames;

    Accounts(AppUserRepository users, ConsortiumRepository consortia, OrganisationRepository organisations,
            PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, ApplicationEventPublisher events,
            ConsortiumLoginNames loginNames) {
        this.loginNames = loginNames;
        this.users = users;
        this.consortia = consortia;
        this.organisations = organisations;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @param password null for an OIDC-only account; otherwise it must pass the password policy
     * @param organisationName the member organisation, created in the consortium when new; null for none
     */
    @Transactional
    public AppUser create(String username, String password, Role role, Consortium consortium, String organisationName) {
        String name = validUsername(username);
        if (password != null) {
            policy.check(password, name);
        }
        return save(name, password, role, consortium, organisationName);
    }

    /**
     * An account an admin creates in their consortium: its user name ends with the consortium's code (see
     * {@link ConsortiumLoginNames}), so that the names taken in other consortia stay unknown to them.
     */
    @Transactional
    public AppUser createInOwnNamespace(String typedName, String password, Role role, Consortium consortium,
            String organisationName) {
        validUsername(typedName);
        return create(loginNames.qualify(typedName, consortium), password, role, consortium, organisationName);
    }

    /**
     * The embedded demo's accounts keep the short password their documentation gives ({@code demo}): the one password
     * the policy lets through. Any other demo password (set in {@code ALLERVERS_DEMO_PASSWORD}) must pass the policy.
     * Never call it for a real account.
     */
    @Transactional
    public AppUser createDemoAccount(String username, String password, Role role, Consortium consortium,
            String organisationName) {
        String name = validUsername(username);
        if (!DOCUMENTED_DEMO_PASSWORD.equals(password)) {
            // Another demo password (ALLERVERS_DEMO_PASSWORD) was chosen by someone: it must be a real one.
            policy.check(password, name);
        }
        return save(name, password, role, consortium, organisationName);
    }

    /**
     * An account in the consortium of that name, created with it when new — how the first admin of an empty database
     * is made. One transaction: a refused account leaves no new consortium behind.
     */
    @Transactional
    public AppUser createInConsortium(String username, String password, Role role, String consortiumName,
            String organisationName) {
        return createInConsortium(username, password, role, consortiumName, organisationName, false);
    }

    /** The same; {@code platformOperator} also lets it import the communes and QPV all consortia share. */
    @Transactional
    public AppUser createInConsortium(String username, String password, Role role, String consortiumName,
            String organisationName, boolean platformOperator) {
        if (consortiumName == null || consortiumName.isBlank()) {
            throw new IllegalArgumentException("nom de consortium vide");
        }
        AppUser user = create(username, password, role, consortium(consortiumName.trim()), organisationName);
        if (platformOperator && !user.isPlatformOperator()) {
            user.makePlatformOperator();
            audit.recordChange(AuditTrail.PLATFORM_OPERATOR_GRANTED, resource(user), user.getConsortium().getId());
        }
        return user;
    }

    @Transactional
    public Consortium consortium(String name) {
        return consortia.findByName(name).orElseGet(() -> consortia.save(new Consortium(name)));
    }

    /** Whether the password is temporary: its owner then has to choose their own at their next sign-in. */
    @Transactional
    void requirePasswordChange(AppUser user) {
        user.changePassword(user.getPasswordHash(), true);
    }

    /** Links a field account to the staff record of the person using it, or removes the link ({@code null}). */
    @Transactional
    void linkStaff(AppUser user, Staff person) {
        if (person != null && user.getRole() != Role.FIELD) {
            throw new IllegalArgumentException("seul un compte de terrain (FIELD) peut être lié à un professionnel ; « "
                    + user.getUsername() + " » est " + user.getRole());
        }
        user.linkStaff(person);
        audit.recordChange(AuditTrail.ACCOUNT_STAFF_LINK, resource(user)
                + (person == null ? " : sans professionnel" : " : professionnel n° " + person.getId()),
                user.getConsortium().getId());
    }

    /** Disables or enables an account; disabling ends its sessions at once and stops its calendar subscription. */
    @Transactional
    void setEnabled(AppUser user, boolean enabled, String actingUsername) {
        if (!enabled && user.getUsername().equals(actingUsername)) {
            throw new IllegalArgumentException("vous ne pouvez pas désactiver votre propre compte");
        }
        if (user.isEnabled() == enabled) {
            return;
        }
        user.setEnabled(enabled);
        audit.recordChange(enabled ? AuditTrail.ACCOUNT_ENABLED : AuditTrail.ACCOUNT_DISABLED, resource(user),
                user.getConsortium().getId());
        if (!enabled) {
            events.publishEvent(new AccountDisabled(user.getConsortium().getId(), user.getId(),
                    user.getStaff() == null ? null : user.getStaff().getId()));
        }
    }

    /**
     * Gives the account a new temporary password, returned once and stored only as a hash. Its open sessions end,
     * and its owner must choose their own password at the next sign-in.
     */
    @Transactional
    String resetPassword(AppUser user, String actingUsername) {
        if (user.getUsername().equals(actingUsername)) {
            throw new IllegalArgumentException("pour votre propre compte, utilisez « Changer mon mot de passe »");
        }
        String temporary = temporaryPassword(user.getUsername());
        user.changePassword(encoder.encode(temporary), true);
        audit.recordChange(AuditTrail.PASSWORD_RESET, resource(user), user.getConsortium().getId());
        return temporary;
    }

    /**
     * The signed-in user replaces their own password, proving they know the current one. Their other sessions end.
     *
     * @return the account, with its new session generation
     */
    @Transactional
    AppUser changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NoSuchElementException("compte introuvable"));
        if (user.getPasswordHash() == null) {
            throw new IllegalArgumentException("ce compte se connecte par ProConnect : il n'a pas de mot de passe ici");
        }
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new IllegalArgumentException("mot de passe actuel incorrect");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new IllegalArgumentException("le nouveau mot de passe doit être différent de l'actuel");
        }
        policy.check(newPassword, user.getUsername());
        user.changePassword(encoder.encode(newPassword), false);
        audit.recordChange(AuditTrail.PASSWORD_CHANGED, resource(user), user.getConsortium().getId());
        return user;
    }

    private AppUser save(String name, String password, Role role, Consortium consortium, String organisationName) {
        if (role == null) {
            throw new IllegalArgumentException("rôle obligatoire : ADMIN, COORDINATOR, FIELD ou FUNDER");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("l'identifiant « " + name + " » existe déjà");
        }
        Organisation organisation = organisation(consortium, organisationName);
        boolean firstOfDeployment = users.count() == 0;
        AppUser user = new AppUser(name, password == null ? null : encoder.encode(password), role, consortium,
                organisation);
        if (firstOfDeployment) {
            // Someone has to own the reference data: on an empty deployment that is whoever installs it.
            user.makePlatformOperator();
        }
        user = users.save(user);
        audit.recordChange(AuditTrail.ACCOUNT_CREATED, resource(user) + " (" + role + ")", consortium.getId());
        return user;
    }

    private Organisation organisation(Consortium consortium, String organisationName) {
        if (organisationName == null || organisationName.isBlank()) {
            return null;
        }
        String wanted = organisationName.trim();
        Organisation organisation = organisations.findNamed(consortium, wanted)
                .orElseGet(() -> organisations.save(new Organisation(wanted, consortium)));
        if (organisation.isArchived()) {
            throw new IllegalArgumentException("l'organisation « " + wanted + " » est archivée : choisissez-en une autre"
                    + " ou réactivez-la dans l'administration");
        }
        return organisation;
    }

    private static String validUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._@+-]{3,120}")) {
            throw new IllegalArgumentException("identifiant invalide : 3 à 120 caractères parmi a-z 0-9 . _ @ + -");
        }
        return name;
    }

    private String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
            }
            try {
                policy.check(password.toString(), username);
                return password.toString();
            } catch (IllegalArgumentException unlucky) {
                // drawn again: a random password that happens to break a rule is as rare as it is harmless
            }
        }
    }

    private static String resource(AppUser user) {
        return "compte « " + user.getUsername() + " »";
    }
}
