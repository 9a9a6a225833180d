package fr.allervers.permanence.plan;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.system.Sha256;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.security.AccountDisabled;
import fr.allervers.security.AuditTrail;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;

/**
 * Calendar subscriptions: a person's published permanences at a secret address that a calendar app polls without
 * signing in. The feed holds the latest publication of each day from a month back to three months ahead, across
 * the consortium's territories, so that one subscription follows every plan the coordination publishes. Drafts
 * never appear. The address is shown once; only its hash is kept, and issuing a new one cuts the old. Disabling the
 * account of the person cuts it too, and no address answers while their account stays disabled.
 */
@Service
class CalendarFeeds {

    /** What the owner gets once: the secret part of the address. */
    record Issued(String token, OffsetDateTime createdAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DAYS_BACK = 31;
    private static final int DAYS_AHEAD = 92;

    private final CalendarFeedRepository feeds;
    private final StaffRepository staff;
    private final PublishedPlans published;
    private final PlanViewer viewer;
    private final CurrentConsortium currentConsortium;
    private final PlanAccess access;
    private final AppUserRepository users;
    private final AuditTrail audit;

    CalendarFeeds(CalendarFeedRepository feeds, StaffRepository staff, PublishedPlans published,
            PlanViewer viewer, CurrentConsortium currentConsortium, PlanAccess access, AppUserRepository users,
            AuditTrail audit) {
        this.users = users;
        this.audit = audit;
        this.feeds = feeds;
        this.staff = staff;
        this.published = published;
        this.viewer = viewer;
        this.currentConsortium = currentConsortium;
        this.access = access;
    }

    @Transactional
    Issued issue(long staffId) {
        Staff person = accessible(staffId);
        feeds.deleteByStaff(person);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = feeds.save(new CalendarFeed(person.getConsortium(), person, Sha256.hex(token)));
        audit.recordChange(AuditTrail.CALENDAR_FEED_ISSUED, "abonnement d'agenda du professionnel n° " + staffId,
                person.getConsortium().getId());
        return new Issued(token, feed.getCreatedAt());
    }

    @Transactional
    void revoke(long staffId) {
        Staff person = accessible(staffId);
        feeds.deleteByStaff(person);
        audit.recordChange(AuditTrail.CALENDAR_FEED_REVOKED, "abonnement d'agenda du professionnel n° " + staffId,
                person.getConsortium().getId());
    }

    @Transactional(readOnly = true)
    Optional<OffsetDateTime> activeSince(long staffId) {
        return feeds.findByStaff(accessible(staffId)).map(CalendarFeed::getCreatedAt);
    }

    /** A disabled account's subscription stops with it, in the admin's transaction. */
    @EventListener
    void accountDisabled(AccountDisabled disabled) {
        if (disabled.staffId() != null) {
            staff.findById(disabled.staffId()).ifPresent(feeds::deleteByStaff);
        }
    }

    /**
     * The calendar behind a token, or empty for an unknown or revoked one, or one whose person's account is
     * disabled. No session: the token is the key. Not written to the audit trail: calendar apps poll it every hour
     * or so, which would drown every other record; issuing and cutting the address are recorded instead.
     */
    @Transactional(readOnly = true)
    Optional<String> calendar(String token, ZoneId zone) {
        Optional<CalendarFeed> active = feeds.findByTokenSha256(Sha256.hex(token))
                .filter(feed -> !users.existsByStaffIdAndEnabledFalse(feed.getStaff().getId()));
        return active.map(feed -> {
            long staffId = feed.getStaff().getId();
            LocalDate today = LocalDate.now(zone);
            LocalDate first = today.minusDays(DAYS_BACK);
            LocalDate last = today.plusDays(DAYS_AHEAD);
            PublishedPlans.Owners owners = published.owners(feed.getConsortium(), first, last);
            List<IcsCalendar.Event> events = new ArrayList<>();
            for (PermanencePlan plan : owners.plans()) {
                boolean holdsThisPerson = plan.getPermanences().stream().anyMatch(p -> p.getStaffIds().contains(staffId)
                        && owners.owns(plan, p.getDate()));
                if (!holdsThisPerson) {
                    continue; // no label lookup for plans without this person's permanences
                }
                for (PermanenceView p : viewer.permanences(plan, viewer.labels(plan))) {
                    if (owners.owns(plan, p.date()) && p.staff().stream().anyMatch(s -> s.id() == staffId)) {
                        events.add(new IcsCalendar.Event(plan, p));
                    }
                }
            }
            events.sort(Comparator.comparing((IcsCalendar.Event e) -> e.permanence().date())
                    .thenComparing(e -> e.permanence().halfDay()));
            return IcsCalendar.write("Permanences — " + feed.getStaff().getLabel(), events);
        });
    }

    /** Coordinators manage anyone's subscription in their consortium; a field account only its own. */
    private Staff accessible(long staffId) {
        Staff person = staff.findByIdAndConsortium(staffId, currentConsortium.get())
                .orElseThrow(() -> new NoSuchElementException("professionnel " + staffId + " introuvable"));
        access.requireSelfOrManager(staffId, "vous ne pouvez gérer que votre propre abonnement d'agenda");
        return person;
    }
}
