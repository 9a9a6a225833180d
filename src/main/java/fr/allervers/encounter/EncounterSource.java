package fr.allervers.encounter;

/** How an encounter entered the database; DEMO marks the synthetic history of the demo territory. */
public enum EncounterSource {
    API, IMPORT, DEMO
}
