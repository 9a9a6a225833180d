package fr.allervers.administration;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Role;
import fr.allervers.security.SetupState;
import jakarta.persistence.EntityManager;

/**
 * The « Premiers pas » of a new consortium, each step done or not as the data says (never a flag someone ticks):
 * member organisations, the map background (communes and QPV), a territory, places, people, vans, accounts for the
 * team and a first plan. Each step links to the page where it is done.
 */
@Service
class SetupProgress implements SetupState {

    /**
     * @param count how many there are (communes for the map step)
     * @param href where the step is done
     */
    record Step(String key, String title, boolean done, long count, String detail, String href, String action) {
    }

    record Progress(List<Step> steps, int done, int total, boolean complete) {
    }

    static final String ADMINISTRATION = "/administration.html";
    static final String PLANNING = "/planification.html";
    static final String FIRST_STEPS = "/premiers-pas.html";

    private final EntityManager entities;
    private final AppUserRepository users;

    SetupProgress(EntityManager entities, AppUserRepository users) {
        this.entities = entities;
        this.users = users;
    }

    @Transactional(readOnly = true)
    Progress of(long consortiumId) {
        long organisations = count("select count(o) from Organisation o where o.consortium.id = :c "
                + "and o.archivedAt is null", consortiumId);
        long communes = count("select count(c) from Commune c", null);
        long qpv = count("select count(q) from Qpv q", null);
        long territories = count("select count(t) from Territory t where t.consortium.id = :c "
                + "and size(t.communes) > 0", consortiumId);
        long places = count("select count(p) from Place p where p.consortium.id = :c and p.archivedAt is null", consortiumId);
        long staff = count("select count(s) from Staff s where s.consortium.id = :c and s.archivedAt is null", consortiumId);
        long vans = count("select count(v) from Van v where v.consortium.id = :c and v.archivedAt is null", consortiumId);
        long accounts = users.countByConsortiumIdAndRoleNot(consortiumId, Role.ADMIN);
        long plans = count("select count(p) from PermanencePlan p where p.consortium.id = :c", consortiumId)
                + count("select count(m) from MaraudePlan m where m.consortium.id = :c", consortiumId);
        List<Step> steps = List.of(
                new Step("organisations", "Les organisations membres du consortium", organisations > 0, organisations,
                        organisations + " organisation(s) active(s)", ADMINISTRATION + "#organisations",
                        "Gérer les organisations"),
                new Step("fonds-de-carte", "Les communes et les QPV du département", communes > 0 && qpv > 0, communes,
                        communes + " commune(s) et " + qpv + " QPV importés", FIRST_STEPS + "#import",
                        "Importer les fichiers"),
                new Step("territoire", "Le territoire couvert", territories > 0, territories,
                        territories + " territoire(s)", ADMINISTRATION + "#territoires", "Dessiner le territoire"),
                new Step("lieux", "Les lieux de permanence", places > 0, places, places + " lieu(x)", PLANNING,
                        "Saisir les lieux"),
                new Step("personnes", "Les professionnels", staff > 0, staff, staff + " professionnel(s)", PLANNING,
                        "Saisir les professionnels"),
                new Step("camions", "Les camions", vans > 0, vans, vans + " camion(s)", PLANNING, "Saisir les camions"),
                new Step("comptes", "Les comptes de l’équipe", accounts > 0, accounts,
                        accounts + " compte(s) de coordination, de terrain ou de financeur",
                        ADMINISTRATION + "#comptes", "Créer les comptes"),
                new Step("premier-plan", "Un premier plan", plans > 0, plans, plans + " plan(s) calculé(s)", PLANNING,
                        "Calculer un plan"));
        int done = (int) steps.stream().filter(Step::done).count();
        return new Progress(steps, done, steps.size(), done == steps.size());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean complete(long consortiumId) {
        return of(consortiumId).complete();
    }

    private long count(String jpql, Long consortiumId) {
        var query = entities.createQuery(jpql, Long.class);
        if (consortiumId != null) {
            query.setParameter("c", consortiumId);
        }
        return query.getSingleResult();
    }
}
