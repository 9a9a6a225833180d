package fr.allervers.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who read or exported sensitive data (115 hotel locations, raw encounters, exports). Call it from the
 * controller that serves such data; the record survives even if the request later fails.
 */
@Service
public class AuditTrail {

    public static final String READ_HOTELS = "READ_HOTELS";
    public static final String READ_ENCOUNTERS = "READ_ENCOUNTERS";
    public static final String EXPORT = "EXPORT";

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String resource) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? "système" : authentication.getName();
        Long consortiumId = authentication != null && authentication.getPrincipal() instanceof Account account
                ? account.consortiumId() : null;
        events.save(new AuditEvent(username, consortiumId, action, resource, remoteAddress()));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
