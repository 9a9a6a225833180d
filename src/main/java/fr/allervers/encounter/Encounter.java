package fr.allervers.encounter;

import java.time.Instant;

import org.locationtech.jts.geom.Point;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One outreach encounter (rencontre de repérage): when, where, which team, which public, what came of it and how
 * many people. Nothing here can name a person: there is no name, birth date or free text field on purpose.
 */
@Entity
public class Encounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    private Instant metAt;

    /** {@code metAt} in seconds since 1970, for the heatmap's arithmetic in SQL. */
    @Column(name = "met_epoch")
    private double metEpoch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private EncounterContext context;

    private Long contextId;

    @Enumerated(EnumType.STRING)
    private EncounterCategory category;

    @Enumerated(EnumType.STRING)
    private EncounterOutcome outcome;

    @Enumerated(EnumType.STRING)
    private PartnerKind partner;

    private int people;

    private String communeInsee;

    @Column(name = "geom")
    private Point location;

    /** Lambert-93 metres, computed once so that the heatmap grid is plain SQL on both databases. */
    @Column(name = "x_l93")
    private double xLambert93;

    @Column(name = "y_l93")
    private double yLambert93;

    @Enumerated(EnumType.STRING)
    private EncounterSource source;

    private String fingerprint;

    protected Encounter() {
    }

    Encounter(Consortium consortium, Organisation organisation, EncounterDraft draft, String communeInsee,
            double xLambert93, double yLambert93, EncounterSource source, String fingerprint) {
        this.consortium = consortium;
        this.organisation = organisation;
        this.metAt = draft.metAt();
        this.metEpoch = draft.metAt().getEpochSecond() + draft.metAt().getNano() / 1e9;
        this.context = draft.context();
        this.contextId = draft.contextId();
        this.category = draft.category();
        this.outcome = draft.outcome();
        this.partner = draft.partner();
        this.people = draft.people();
        this.location = draft.location();
        this.communeInsee = communeInsee;
        this.xLambert93 = xLambert93;
        this.yLambert93 = yLambert93;
        this.source = source;
        this.fingerprint = fingerprint;
    }

    public Long getId() {
        return id;
    }

    public Instant getMetAt() {
        return metAt;
    }

    public EncounterCategory getCategory() {
        return category;
    }

    public EncounterOutcome getOutcome() {
        return outcome;
    }

    public int getPeople() {
        return people;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public Point getLocation() {
        return location;
    }

    public EncounterSource getSource() {
        return source;
    }
}
