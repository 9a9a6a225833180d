package fr.allervers.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who read or exported sensitive data (115 hotel locations, CSV, calendar, GPX and route sheet exports): call
 * {@link #record} from the controller that serves such data; that record survives even if the request later fails.
 * Also records who changed the consortium's accounts, organisations, territories, imported files, published or
 * withdrew plans, issued or cut calendar subscriptions and switched a public schedule on or off ({@link #recordChange}), in the transaction of the change:
 * no trace of a change that did not happen. A record says who, when and what — never the data itself, and nothing
 * about the people met.
 */
@Service
public class AuditTrail {

    public static final String READ_HOTELS = "READ_HOTELS";
    public static final String READ_ENCOUNTERS = "READ_ENCOUNTERS";
    public static final String EXPORT = "EXPORT";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ACCOUNT_STAFF_LINK = "ACCOUNT_STAFF_LINK";
    public static final String PLATFORM_OPERATOR_GRANTED = "PLATFORM_OPERATOR_GRANTED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String ORGANISATION_CHANGED = "ORGANISATION_CHANGED";
    public static final String TERRITORY_CHANGED = "TERRITORY_CHANGED";
    /** A file imported: its kind and what it changed, never a line of it. */
    public static final String IMPORT = "IMPORT";
    public static final String PLAN_PUBLISHED = "PLAN_PUBLISHED";
    /** Withdrawn to draft by hand, or by re-planning a published plan. */
    public static final String PLAN_WITHDRAWN = "PLAN_WITHDRAWN";
    public static final String CALENDAR_FEED_ISSUED = "CALENDAR_FEED_ISSUED";
    public static final String CALENDAR_FEED_REVOKED = "CALENDAR_FEED_REVOKED";
    /** A territory's public schedule switched on or off (publicschedule). */
    public static final String PUBLIC_SCHEDULE_CHANGED = "PUBLIC_SCHEDULE_CHANGED";

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String resource) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Long consortiumId = authentication != null && authentication.getPrincipal() instanceof Account account
                ? account.consortiumId() : null;
        events.save(new AuditEvent(actor(authentication), consortiumId, action, resource, remoteAddress()));
    }

    /**
     * A change made by the signed-in user (or by the command line: « système »), in the consortium it concerns.
     *
     * @param resource what was changed, never a secret such as a password
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String action, String resource, Long consortiumId) {
        events.save(new AuditEvent(actor(SecurityContextHolder.getContext().getAuthentication()), consortiumId, action,
                resource, remoteAddress()));
    }

    private static String actor(Authentication authentication) {
        return authentication == null ? "système" : authentication.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
