package fr.allervers.encounter;

import java.time.Instant;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

import fr.allervers.geo.MetricGrid;
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

    /**
     * Metres, computed once so that the heatmap grid is plain SQL on both databases: Lambert-93 in metropolitan
     * France, null overseas.
     */
    @Column(name = "x_l93")
    private Double xLambert93;

    @Column(name = "y_l93")
    private Double yLambert93;

    /** Overseas: the EPSG code of the territory's metric grid ({@link MetricGrid}) and the metres in it. */
    @Column(name = "grid_epsg")
    private Integer gridEpsg;

    @Column(name = "x_grid")
    private Double xGrid;

    @Column(name = "y_grid")
    private Double yGrid;

    @Enumerated(EnumType.STRING)
    private EncounterSource source;

    private String fingerprint;

    protected Encounter() {
    }

    Encounter(Consortium consortium, Organisation organisation, EncounterDraft draft, String communeInsee,
            MetricGrid grid, Coordinate metric, EncounterSource source, String fingerprint) {
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
        if (grid == MetricGrid.LAMBERT_93) {
            this.xLambert93 = metric.x;
            this.yLambert93 = metric.y;
        } else {
            this.gridEpsg = grid.epsg();
            this.xGrid = metric.x;
            this.yGrid = metric.y;
        }
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
