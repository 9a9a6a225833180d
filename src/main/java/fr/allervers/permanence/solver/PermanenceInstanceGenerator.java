package fr.allervers.permanence.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PlaceTravel;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.Vehicle;
import fr.allervers.permanence.domain.WeeklySlot;
import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.LonLat;

/**
 * Generated instances for demos, tests and benchmarks, deterministic for a given seed. The first five communes
 * are those of the Pic Up Tour "O2R Portes du Sud" territory; further ones are fictitious (INSEE codes 99xxx).
 * Travel is the default air-distance provider's ({@link GreatCircleTravelTimeProvider}): generated places lie on
 * no road network, and the instances must not depend on how the application is configured.
 */
public final class PermanenceInstanceGenerator {

    public enum Size {
        SMALL(3, 1, 2, 0),
        MEDIUM(8, 2, 4, 1),
        LARGE(30, 4, 8, 1);

        final int communes;
        final int vans;
        final int weeks;
        final int fixedTeams;

        Size(int communes, int vans, int weeks, int fixedTeams) {
            this.communes = communes;
            this.vans = vans;
            this.weeks = weeks;
            this.fixedTeams = fixedTeams;
        }
    }

    /** A Monday, so that generated horizons are whole weeks. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 3, 2);

    private static final String[][] REAL_COMMUNES = {
            {"69259", "Vénissieux"}, {"69276", "Feyzin"}, {"69199", "Saint-Fons"}, {"69273", "Corbas"},
            {"69296", "Solaize"}};
    private static final LonLat CENTRE = new LonLat(4.88, 45.70);

    private final Random random;
    private final Size size;
    private final List<CandidatePlace> places = new ArrayList<>();
    private final Map<Long, LonLat> coordinates = new LinkedHashMap<>();

    private PermanenceInstanceGenerator(Size size, long seed) {
        this.size = size;
        this.random = new Random(seed);
    }

    public static PermanenceProblem generate(Size size, long seed) {
        return new PermanenceInstanceGenerator(size, seed).generate();
    }

    private PermanenceProblem generate() {
        List<CommuneQuota> communes = communes();
        List<Vehicle> vans = new ArrayList<>();
        for (int i = 1; i <= size.vans; i++) {
            LocalDate servicing = DEFAULT_START.plusDays(random.nextInt(size.weeks * 7));
            vans.add(new Vehicle(i, "Camion " + i, WeeklySlot.weekdays(), Set.of(servicing)));
        }
        return PermanenceProblem.builder()
                .weekdays(DEFAULT_START, size.weeks)
                .communes(communes)
                .places(places)
                .staff(staff())
                .vans(vans)
                .travel(PlaceTravel.byCar(new GreatCircleTravelTimeProvider(), coordinates))
                .fixedTeamsPerSlot(size.fixedTeams)
                .build();
    }

    private List<CommuneQuota> communes() {
        // Spread the communes so that neighbours are 10–30 min apart, like the Est Lyonnais.
        double spreadKm = 4 + 2.5 * Math.sqrt(size.communes);
        List<CommuneQuota> communes = new ArrayList<>();
        for (int i = 0; i < size.communes; i++) {
            String insee = i < REAL_COMMUNES.length ? REAL_COMMUNES[i][0] : String.format("99%03d", i + 1);
            String name = i < REAL_COMMUNES.length ? REAL_COMMUNES[i][1] : "Commune " + (i + 1);
            communes.add(CommuneQuota.of(insee, name));
            LonLat centre = offset(CENTRE, spreadKm);
            addPlace(insee, "Place centrale de " + name, SiteKind.PUBLIC_SQUARE, true, centre,
                    WeeklySlot.weekdays());
            addPlace(insee, "Marché de " + name, SiteKind.MARKET, true, offset(centre, 1.5),
                    WeeklySlot.of(randomDays(2), EnumSet.of(DayPart.AM)));
            if (random.nextBoolean()) {
                addPlace(insee, "Centre social de " + name, SiteKind.CENTRE_SOCIAL, false, offset(centre, 1.5),
                        WeeklySlot.of(randomDays(3), EnumSet.allOf(DayPart.class)));
            }
        }
        return communes;
    }

    private void addPlace(String insee, String name, SiteKind kind, boolean vanAccessible, LonLat at,
                          Set<WeeklySlot> opening) {
        long id = places.size() + 1L;
        double demand = Math.round(random.nextDouble() * 100) / 100.0;
        places.add(new CandidatePlace(id, name, insee, kind, vanAccessible, opening, demand));
        coordinates.put(id, at);
    }

    /** Per van: three social workers and three counsellors, plus a psychologist and a mediator per two vans. */
    private List<Worker> staff() {
        List<Worker> staff = new ArrayList<>();
        int pairs = 3 * size.vans + size.fixedTeams * 2;
        for (int i = 1; i <= pairs; i++) {
            staff.add(person(staff.size() + 1L, "AS-" + i, Profession.SOCIAL_WORKER));
            staff.add(person(staff.size() + 1L, "CIP-" + i, Profession.EMPLOYMENT_COUNSELLOR));
        }
        for (int i = 1; i <= Math.max(1, size.vans / 2); i++) {
            staff.add(person(staff.size() + 1L, "PSY-" + i, Profession.PSYCHOLOGIST));
            staff.add(person(staff.size() + 1L, "MED-" + i, Profession.MEDIATOR));
        }
        return staff;
    }

    /** Four days a week (one day off, often Wednesday), a few days of leave, sometimes a favourite place. */
    private Worker person(long id, String label, Profession role) {
        Set<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        days.remove(random.nextInt(3) == 0 ? DayOfWeek.WEDNESDAY : DayOfWeek.of(1 + random.nextInt(5)));
        Set<LocalDate> leave = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            leave.add(DEFAULT_START.plusDays(random.nextInt(size.weeks * 7)));
        }
        Set<Long> preferred = random.nextInt(4) == 0
                ? Set.of(places.get(random.nextInt(places.size())).id()) : Set.of();
        return new Worker(id, label, role, WeeklySlot.of(days, EnumSet.allOf(DayPart.class)), leave, preferred);
    }

    private Set<DayOfWeek> randomDays(int count) {
        List<DayOfWeek> days = new ArrayList<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        Collections.shuffle(days, random);
        return EnumSet.copyOf(days.subList(0, count));
    }

    private LonLat offset(LonLat from, double maxKm) {
        double dLat = (random.nextDouble() * 2 - 1) * maxKm / 111.0;
        double dLon = (random.nextDouble() * 2 - 1) * maxKm / (111.0 * Math.cos(Math.toRadians(from.lat())));
        return new LonLat(from.lon() + dLon, from.lat() + dLat);
    }
}
