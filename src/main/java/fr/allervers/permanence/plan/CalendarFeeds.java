package fr.allervers.permanence.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.security.SignedInStaff;
import fr.allervers.territory.CurrentConsortium;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;

/**
 * Calendar subscriptions: a person's published permanences at a secret address that a calendar app polls without
 * signing in. The feed holds the latest publication of each day from a month back to three months ahead, across
 * the consortium's territories, so that one subscription follows every plan the coordination publishes. Drafts
 * never appear. The address is shown once; only its hash is kept, and issuing a new one cuts the old.
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
    private final PermanencePlanRepository plans;
    private final PlanViewer viewer;
    private final CurrentConsortium currentConsortium;
    private final SignedInStaff signedInStaff;

    CalendarFeeds(CalendarFeedRepository feeds, StaffRepository staff, PermanencePlanRepository plans,
            PlanViewer viewer, CurrentConsortium currentConsortium, SignedInStaff signedInStaff) {
        this.feeds = feeds;
        this.staff = staff;
        this.plans = plans;
        this.viewer = viewer;
        this.currentConsortium = currentConsortium;
        this.signedInStaff = signedInStaff;
    }

    @Transactional
    Issued issue(long staffId) {
        Staff person = accessible(staffId);
        feeds.deleteByStaff(person);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = feeds.save(new CalendarFeed(person.getConsortium(), person, sha256(token)));
        return new Issued(token, feed.getCreatedAt());
    }

    @Transactional
    void revoke(long staffId) {
        feeds.deleteByStaff(accessible(staffId));
    }

    @Transactional(readOnly = true)
    Optional<OffsetDateTime> activeSince(long staffId) {
        return feeds.findByStaff(accessible(staffId)).map(CalendarFeed::getCreatedAt);
    }

    /** The calendar behind a token, or empty for an unknown or revoked one. No session: the token is the key. */
    @Transactional(readOnly = true)
    Optional<String> calendar(String token, ZoneId zone) {
        return feeds.findByTokenSha256(sha256(token)).map(feed -> {
            long staffId = feed.getStaff().getId();
            LocalDate today = LocalDate.now(zone);
            LocalDate first = today.minusDays(DAYS_BACK);
            LocalDate last = today.plusDays(DAYS_AHEAD);
            // Latest publication first: the first plan met for a (territory, day) owns it.
            Map<String, PermanencePlan> owner = new HashMap<>();
            List<PermanencePlan> published = plans.findPublishedOverlapping(feed.getConsortium(), first, last);
            for (PermanencePlan plan : published) {
                for (LocalDate day = max(plan.getFrom(), first); !day.isAfter(min(plan.getTo(), last));
                        day = day.plusDays(1)) {
                    owner.putIfAbsent(plan.getTerritory().getId() + "/" + day, plan);
                }
            }
            List<IcsCalendar.Event> events = new ArrayList<>();
            for (PermanencePlan plan : published) {
                boolean holdsThisPerson = plan.getPermanences().stream().anyMatch(p -> p.getStaffIds().contains(staffId)
                        && owner.get(plan.getTerritory().getId() + "/" + p.getDate()) == plan);
                if (!holdsThisPerson) {
                    continue; // no label lookup for plans without this person's permanences
                }
                for (PermanenceView p : viewer.permanences(plan, viewer.labels(plan))) {
                    if (owner.get(plan.getTerritory().getId() + "/" + p.date()) == plan
                            && p.staff().stream().anyMatch(s -> s.id() == staffId)) {
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
        if (!signedInStaff.managesPlans()
                && signedInStaff.current().map(link -> link.staffId() != staffId).orElse(true)) {
            throw new PlanAccessDeniedException("vous ne pouvez gérer que votre propre abonnement d'agenda"
                    + " (compte lié à un professionnel : voir /api/me)");
        }
        return person;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
