package fr.allervers.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One read or export of sensitive data: who, when, what kind of data — never the data itself. */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String username;

    private Long consortiumId;

    private String action;

    private String resource;

    private String remoteAddress;

    protected AuditEvent() {
    }

    AuditEvent(String username, Long consortiumId, String action, String resource, String remoteAddress) {
        this.occurredAt = Instant.now();
        this.username = username;
        this.consortiumId = consortiumId;
        this.action = action;
        this.resource = resource;
        this.remoteAddress = remoteAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getResource() {
        return resource;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
