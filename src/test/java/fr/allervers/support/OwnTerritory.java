package fr.allervers.support;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.geo.Geometries;
import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Role;
import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/**
 * A consortium of a test class's own, as a new user starts: no demo data, one territory of one commune, and an
 * account per role (the password of {@link TestTenants}, which the browser tests sign in with). The communes are
 * small squares in Finistère that no real-data file of the tests holds: {@link #INSEE} is in the territory,
 * {@link #NEIGHBOUR_INSEE} beside it is known to the database but in no territory of this consortium.
 */
public final class OwnTerritory {

    public static final String INSEE = "29990";
    public static final String NEIGHBOUR_INSEE = "29991";
    /** A point inside the territory's commune, and one in the neighbour. */
    public static final double LON = -4.15;
    public static final double LAT = 48.03;
    public static final double NEIGHBOUR_LON = -4.05;
    public static final double NEIGHBOUR_LAT = 48.03;
    public static final String PASSWORD = TestTenants.PASSWORD;

    /** What was made: the accounts are {@code coord-<key>}, {@code terrain-<key>}, {@code financeur-<key>}. */
    public record Made(Consortium consortium, long territoryId, String coordinator, String field, String funder) {
    }

    private OwnTerritory() {
    }

    /** Makes the consortium called after {@code key}, or finds it when an earlier test of the JVM made it. */
    public static Made ensure(ApplicationContext context, String key) {
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        return transactions.execute(status -> {
            ensureCommunes(context.getBean(CommuneRepository.class));
            Accounts accounts = context.getBean(Accounts.class);
            Consortium consortium = accounts.consortium("Consortium d'essai " + key);
            TerritoryRepository territories = context.getBean(TerritoryRepository.class);
            String name = "Territoire d'essai " + key;
            Territory territory = territories.findByConsortiumAndName(consortium, name).orElseGet(() -> {
                Territory made = new Territory(name, consortium, false);
                made.addCommune(context.getBean(CommuneRepository.class).findById(INSEE).orElseThrow());
                return territories.save(made);
            });
            Made made = new Made(consortium, territory.getId(), "coord-" + key, "terrain-" + key, "financeur-" + key);
            account(context, made.coordinator(), Role.COORDINATOR, consortium);
            account(context, made.field(), Role.FIELD, consortium);
            account(context, made.funder(), Role.FUNDER, consortium);
            return made;
        });
    }

    private static void account(ApplicationContext context, String username, Role role, Consortium consortium) {
        if (context.getBean(AppUserRepository.class).findByUsernameIgnoreCase(username).isEmpty()) {
            context.getBean(Accounts.class).create(username, PASSWORD, role, consortium,
                    "Association d'essai " + consortium.getName());
        }
    }

    private static void ensureCommunes(CommuneRepository communes) {
        square(communes, INSEE, "Kerbrat (essai)", -4.20, -4.10);
        square(communes, NEIGHBOUR_INSEE, "Kervoisin (essai)", -4.10, -4.00);
    }

    private static void square(CommuneRepository communes, String insee, String name, double west, double east) {
        if (communes.existsById(insee)) {
            return;
        }
        Commune commune = new Commune(insee);
        commune.update(name, 1000, Geometries.toMultiPolygon(Geometries.envelope(west, 48.00, east, 48.06)),
                "{\"code\":\"" + insee + "\",\"nom\":\"" + name + "\"}");
        communes.save(commune);
    }
}
