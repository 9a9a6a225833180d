package fr.allervers.maraude.domain;

/** Something a route can go to: a visit, or a team whose base starts and ends its round. */
public interface LocationAware {

    /** @return the location, or null for the list of visits left out of every round */
    Location getLocation();
}
