package fr.allervers.security;

import java.time.Instant;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.Staff;
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
import jakarta.persistence.Table;

/** A login. The password is stored only as a BCrypt hash; OIDC-only accounts have none. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** For a field account: the staff record of the person using it (their calendar, "ma journée"). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    private boolean enabled = true;

    /** Set when an admin chose the password: its owner must replace it before anything else. */
    private boolean mustChangePassword;

    /** Raised when the password changes or the account is disabled, ending the sessions opened before. */
    private int sessionGeneration;

    private Instant createdAt;

    /** Whether this account may import the communes and QPV every consortium of the deployment shares. */
    private boolean platformOperator;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, Role role, Consortium consortium, Organisation organisation) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.consortium = consortium;
        this.organisation = organisation;
        this.createdAt = Instant.now();
    }

    public boolean isPlatformOperator() {
        return platformOperator;
    }

    void makePlatformOperator() {
        this.platformOperator = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Consortium getConsortium() {
        return consortium;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Staff getStaff() {
        return staff;
    }

    public void linkStaff(Staff staff) {
        this.staff = staff;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Disabling also ends the account's open sessions; enabling lets it sign in again, with the same password. */
    void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            sessionGeneration++;
        }
        this.enabled = enabled;
    }

    /**
     * A new password hash; the sessions opened with the old password end.
     *
     * @param temporary chosen by an admin, so that its owner must change it at their next sign-in
     */
    void changePassword(String passwordHash, boolean temporary) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        sessionGeneration++;
    }
}
