package fr.allervers.absence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.HalfDay;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What a staff absence and a van unavailability have in common: a consortium, a period, a reason. */
@MappedSuperclass
abstract class Unavailability {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @Column(name = "date_from")
    private java.time.LocalDate from;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_half_day")
    private HalfDay fromHalfDay;

    @Column(name = "date_to")
    private java.time.LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_half_day")
    private HalfDay toHalfDay;

    @Enumerated(EnumType.STRING)
    private AbsenceReason reason;

    private OffsetDateTime createdAt;

    private String createdBy;

    protected Unavailability() {
    }

    protected Unavailability(Consortium consortium, Period period, AbsenceReason reason, String createdBy) {
        this.consortium = consortium;
        this.from = period.from();
        this.fromHalfDay = period.fromHalfDay();
        this.to = period.to();
        this.toHalfDay = period.toHalfDay();
        this.reason = reason;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Period period() {
        return new Period(from, fromHalfDay, to, toHalfDay);
    }

    public AbsenceReason getReason() {
        return reason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
