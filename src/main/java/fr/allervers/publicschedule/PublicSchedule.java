package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.plan.PublishedPlans;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.StaffRole;
import fr.allervers.territory.Territory;

/**
 * The upcoming permanences of a territory as the public reads them, from today to three months ahead: the published
 * plans (never a draft) and, for each permanence shown before and since withdrawn or re-planned, its « annulée » or
 * « déplacée » line ({@link PublicStatus}). Reading records what it shows ({@link PublicEntry}): only what the public
 * could see, so a plan published and withdrawn while nobody looked leaves no cancelled line.
 */
@Service
class PublicSchedule {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int DAYS_AHEAD = 92;
    /** How long what was shown is kept after its day. */
    static final int DAYS_KEPT = 31;

    /** What a public answer is made of, and when it last changed (Last-Modified). */
    record Snapshot(Territory territory, List<PublicPermanence> permanences, OffsetDateTime lastModified) {

        List<PublicPermanence> ofCommune(String insee) {
            return permanences.stream().filter(p -> p.communeInsee().equals(insee)).toList();
        }

        String communeName(String insee) {
            return territory.getCommunes().stream().filter(c -> c.getInsee().equals(insee)).map(Commune::getName)
                    .findFirst().orElse(insee);
        }
    }

    private record Key(LocalDate date, String halfDay, long placeId) {
    }

    private final PublishedPlans publishedPlans;
    private final PublicEntryRepository entries;
    private final PlaceRepository places;
    private final StaffRepository staff;
    private final TransactionTemplate transaction;
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    PublicSchedule(PublishedPlans publishedPlans, PublicEntryRepository entries, PlaceRepository places,
            StaffRepository staff, PlatformTransactionManager transactions) {
        this.publishedPlans = publishedPlans;
        this.entries = entries;
        this.places = places;
        this.staff = staff;
        this.transaction = new TransactionTemplate(transactions);
    }

    Snapshot upcoming(PublicScheduleSwitch.Open open) {
        LocalDate today = LocalDate.now(PARIS);
        transaction.executeWithoutResult(status -> entries.forgetBefore(open.territory().getId(),
                today.minusDays(DAYS_KEPT)));
        return between(open, today, today.plusDays(DAYS_AHEAD));
    }

    Snapshot between(PublicScheduleSwitch.Open open, LocalDate first, LocalDate last) {
        Territory territory = open.territory();
        // One reconciliation at a time per territory in this process; another instance racing on the same row
        // meets the unique key and reads again.
        synchronized (locks.computeIfAbsent(territory.getId(), id -> new Object())) {
            try {
                return transaction.execute(status -> read(open, first, last));
            } catch (DataIntegrityViolationException raced) {
                return transaction.execute(status -> read(open, first, last));
            }
        }
    }

    private Snapshot read(PublicScheduleSwitch.Open open, LocalDate first, LocalDate last) {
        Territory territory = open.territory();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<PublishedPlans.Public> published = publishedPlans.forPublic(territory.getConsortium(),
                territory.getId(), first, last);
        Map<Key, PublicEntry> shown = entries.findByTerritoryIdAndDateBetween(territory.getId(), first, last).stream()
                .collect(Collectors.toMap(PublicSchedule::key, Function.identity(), (a, b) -> a, HashMap::new));
        Map<Key, PublishedPlans.Public> current = new HashMap<>();
        for (PublishedPlans.Public p : published) {
            Key key = new Key(p.date(), p.halfDay().name(), p.placeId());
            current.putIfAbsent(key, p);
            PublicEntry entry = shown.get(key);
            if (entry == null) {
                shown.put(key, entries.save(new PublicEntry(territory.getId(), p.date(), p.halfDay(), p.placeId(),
                        p.vanId(), now)));
            } else if (entry.isGone()) {
                entry.shownAgain(p.vanId());
            }
        }
        shown.forEach((key, entry) -> {
            if (!current.containsKey(key)) {
                entry.gone(now);
            }
        });

        Map<Long, Place> placesById = places.findByConsortium(territory.getConsortium()).stream()
                .collect(Collectors.toMap(Place::getId, Function.identity()));
        Map<Long, StaffRole> roles = staff.findByConsortiumOrderByRef(territory.getConsortium()).stream()
                .collect(Collectors.toMap(Staff::getId, Staff::getRole));
        Map<String, String> communeNames = territory.getCommunes().stream()
                .collect(Collectors.toMap(Commune::getInsee, Commune::getName));

        List<PublicPermanence> result = new ArrayList<>();
        OffsetDateTime lastModified = open.switchedAt();
        for (Map.Entry<Key, PublicEntry> e : shown.entrySet()) {
            PublicEntry entry = e.getValue();
            Place place = placesById.get(entry.getPlaceId());
            if (place == null) {
                continue; // not this consortium's place: never happens through a plan, never shown either
            }
            PublishedPlans.Public held = current.get(e.getKey());
            Place elsewhere = held != null ? null : heldElsewhere(entry, place, published, placesById);
            PublicStatus status = PublicStatus.of(held != null, false, elsewhere != null);
            List<StaffRole> present = held == null ? List.of()
                    : held.staffIds().stream().map(roles::get).filter(Objects::nonNull).toList();
            Slot slot = SlotTimes.DEFAULT.slot(entry.getDate(), entry.getHalfDay());
            String insee = place.getCommuneInsee();
            result.add(new PublicPermanence(entry.getDate(), entry.getHalfDay(), slot.start(), slot.end(), insee,
                    communeNames.getOrDefault(insee, insee), place.getId(), place.getName(), place.getKind().label(),
                    place.getLocation().getX(), place.getLocation().getY(), status,
                    status == PublicStatus.MOVED ? elsewhere.getName() : null, PublicRoles.sentence(present),
                    present.isEmpty() ? Set.of() : EnumSet.copyOf(present)));
            OffsetDateTime changed = held != null ? held.publishedAt() : entry.getGoneSince();
            if (changed != null && (lastModified == null || changed.isAfter(lastModified))) {
                lastModified = changed;
            }
        }
        result.sort(Comparator.comparing(PublicPermanence::date).thenComparing(PublicPermanence::halfDay)
                .thenComparing(PublicPermanence::communeName).thenComparing(PublicPermanence::placeName));
        return new Snapshot(territory, result, lastModified);
    }

    /** The place holding that half-day now in the same commune, or with the same van; null when none. */
    private static Place heldElsewhere(PublicEntry gone, Place place, List<PublishedPlans.Public> published,
            Map<Long, Place> placesById) {
        for (PublishedPlans.Public p : published) {
            if (!p.date().equals(gone.getDate()) || p.halfDay() != gone.getHalfDay() || p.placeId() == place.getId()) {
                continue;
            }
            Place other = placesById.get(p.placeId());
            boolean sameVan = gone.getVanId() != null && gone.getVanId().equals(p.vanId());
            if (other != null && (sameVan || other.getCommuneInsee().equals(place.getCommuneInsee()))) {
                return other;
            }
        }
        return null;
    }

    /** The identity of a shown permanence: what the public saw (day, half-day, place). */
    private static Key key(PublicEntry entry) {
        return new Key(entry.getDate(), entry.getHalfDay().name(), entry.getPlaceId());
    }
}
