package fr.allervers.permanence.plan;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.system.PublicUrl;

/**
 * {@code PUT/GET/DELETE /api/staff/{id}/calendar-feed}: a person's calendar subscription address (issued, shown
 * once; status; revoked). {@code GET /calendar/{token}.ics}: the calendar itself, for apps that cannot sign in.
 */
@RestController
class CalendarFeedController {

    /**
     * @param url the address to paste in a calendar app; {@code webcal} opens the phone's calendar directly
     */
    record FeedView(boolean active, OffsetDateTime createdAt, String url, String webcal) {
    }

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CalendarFeeds feeds;
    private final PublicUrl publicUrl;

    CalendarFeedController(CalendarFeeds feeds, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    /** Issues a new address; the previous one, if any, stops working. */
    @PutMapping("/api/staff/{staffId}/calendar-feed")
    FeedView issue(@PathVariable long staffId) {
        CalendarFeeds.Issued issued = feeds.issue(staffId);
        String url = publicUrl.builder().path("/calendar/{token}.ics")
                .buildAndExpand(issued.token()).toUriString();
        return new FeedView(true, issued.createdAt(), url, url.replaceFirst("^https?", "webcal"));
    }

    /** Whether an address is active; the address itself is never shown again. */
    @GetMapping("/api/staff/{staffId}/calendar-feed")
    FeedView status(@PathVariable long staffId) {
        return feeds.activeSince(staffId).map(since -> new FeedView(true, since, null, null))
                .orElseGet(() -> new FeedView(false, null, null, null));
    }

    @DeleteMapping("/api/staff/{staffId}/calendar-feed")
    ResponseEntity<Void> revoke(@PathVariable long staffId) {
        feeds.revoke(staffId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String token) {
        return feeds.calendar(token, PARIS)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
