package fr.allervers.permanence.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Staff;

/** One person's calendar subscription address, known by the hash of its secret token only. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    private String tokenSha256;

    private OffsetDateTime createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Consortium consortium, Staff staff, String tokenSha256) {
        this.consortium = consortium;
        this.staff = staff;
        this.tokenSha256 = tokenSha256;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    Consortium getConsortium() {
        return consortium;
    }

    Staff getStaff() {
        return staff;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
