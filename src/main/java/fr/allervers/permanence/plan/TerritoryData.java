package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.allervers.territory.Commune;
import fr.allervers.territory.Place;
import fr.allervers.territory.Staff;
import fr.allervers.territory.Territory;
import fr.allervers.territory.Van;

/** What a territory offers for planning, read once, with lookups by id that answer 404 in French. */
record TerritoryData(Territory territory, List<Commune> communes, List<Place> places, List<Staff> staff,
                     List<Van> vans, Map<Long, Double> demand) {

    TerritoryData {
        communes = List.copyOf(communes);
        places = List.copyOf(places);
        staff = List.copyOf(staff);
        vans = List.copyOf(vans);
    }

    Place place(long id) {
        return find(places, Place::getId, id, "lieu");
    }

    Staff staffMember(long id) {
        return find(staff, Staff::getId, id, "professionnel");
    }

    Van van(long id) {
        return find(vans, Van::getId, id, "camion");
    }

    String communeName(String insee) {
        return communes.stream().filter(c -> c.getInsee().equals(insee)).map(Commune::getName).findFirst()
                .orElse(insee);
    }

    private static <T> T find(List<T> items, Function<T, Long> id, long wanted, String what) {
        return items.stream().filter(item -> id.apply(item) == wanted).findFirst()
                .orElseThrow(() -> new NoSuchElementException(what + " " + wanted + " introuvable"));
    }

    Map<Long, Place> placesById() {
        return places.stream().collect(Collectors.toMap(Place::getId, Function.identity()));
    }
}
