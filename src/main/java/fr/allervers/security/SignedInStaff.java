package fr.allervers.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Organisation;
import fr.allervers.territory.Staff;

/**
 * The staff record linked to the signed-in account, and whether that account manages plans or only sees its own part
 * of them. The link is read from the database on each call, so that an admin's change applies without a new login.
 */
@Service
public class SignedInStaff {

    /**
     * A field account's own staff record.
     *
     * @param organisationId the member organisation the person works for, null when not recorded
     */
    public record Link(long staffId, String label, Long organisationId, String organisationName) {
    }

    private final AppUserRepository users;

    SignedInStaff(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<Link> current() {
        return account().flatMap(account -> users.findByUsernameIgnoreCase(account.username()))
                .filter(user -> user.getStaff() != null)
                .map(user -> link(user.getStaff()));
    }

    /**
     * The member organisation a field account works for, and so the only one it records encounters for: its
     * person's (the staff record linked to the account), else the account's own; empty when neither is recorded.
     */
    @Transactional(readOnly = true)
    public Optional<Organisation> ownOrganisation() {
        return account().flatMap(account -> users.findByUsernameIgnoreCase(account.username()))
                .map(user -> user.getStaff() != null && user.getStaff().getOrganisation() != null
                        ? user.getStaff().getOrganisation() : user.getOrganisation());
    }

    /** A field account: it acts for its own person and organisation only, never for a colleague's. */
    public boolean isFieldAccount() {
        return account().map(a -> a.role() == Role.FIELD).orElse(false);
    }

    /** Coordinators and admins see every person's plan in their consortium; field staff only their own. */
    public boolean managesPlans() {
        return account().map(a -> a.role() == Role.ADMIN || a.role() == Role.COORDINATOR).orElse(false);
    }

    static Link link(Staff staff) {
        var organisation = staff.getOrganisation();
        return new Link(staff.getId(), staff.getLabel(), organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getName());
    }

    private static Optional<Account> account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Account account
                ? Optional.of(account) : Optional.empty();
    }
}
