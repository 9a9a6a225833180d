package fr.allervers.security;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who am I and my own password; the accounts of my consortium (admin): create, link to a staff record, disable and
 * enable, reset a password; and the audit trail. Another consortium's account answers 404, like an unknown one.
 */
@RestController
class AccountController {

    /**
     * @param staffId the linked staff record of a field account, null when none
     * @param organisationId the member organisation encounters are recorded for: for a field account its person's,
     *        else the account's own, and the only one it may record for; for others their person's, if any
     * @param mustChangePassword the password is temporary: nothing but changing it is allowed
     * @param platformOperator whether this account imports the communes and QPV all consortia share
     */
    record Me(String username, Role role, String consortium, Long staffId, String staffLabel, Long organisationId,
            String organisationName, boolean mustChangePassword, boolean platformOperator) {
    }

    record UserView(Long id, String username, Role role, String organisation, Long staffId, String staffLabel,
            boolean enabled, boolean mustChangePassword, boolean platformOperator, Instant createdAt) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getRole(),
                    u.getOrganisation() == null ? null : u.getOrganisation().getName(),
                    u.getStaff() == null ? null : u.getStaff().getId(),
                    u.getStaff() == null ? null : u.getStaff().getLabel(), u.isEnabled(), u.isMustChangePassword(),
                    u.isPlatformOperator(), u.getCreatedAt());
        }
    }

    /** @param staffId null to remove the link */
    record StaffLinkRequest(Long staffId) {
    }

    /**
     * @param staffId optional: the staff record of the person who will use this field account
     * @param mustChangePassword optional: the password is only a first one, to be replaced at the first sign-in
     */
    record NewUser(String username, String password, Role role, String organisation, Long staffId,
            Boolean mustChangePassword) {
    }

    record EnabledRequest(Boolean enabled) {
    }

    /** The temporary password, shown once: only its hash is kept. */
    record PasswordReset(String username, String temporaryPassword) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** @param landing where the user goes next: their role's view */
    record PasswordChanged(String landing) {
    }

    record AuditView(Instant at, String username, String action, String resource, String remoteAddress) {
    }

    private final Accounts accounts;
    private final AppUserRepository users;
    private final AuditEventRepository audit;
    private final CurrentConsortium currentConsortium;
    private final SignedInStaff signedInStaff;
    private final StaffRepository staff;
    private final RoleLandingPage landing;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountController(Accounts accounts, AppUserRepository users, AuditEventRepository audit,
            CurrentConsortium currentConsortium, SignedInStaff signedInStaff, StaffRepository staff,
            ObjectProvider<SetupState> setupState) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.currentConsortium = currentConsortium;
        this.signedInStaff = signedInStaff;
        this.staff = staff;
        this.landing = new RoleLandingPage(users, setupState);
    }

    @GetMapping("/api/me")
    @Transactional(readOnly = true)
    Me me(@AuthenticationPrincipal Account account) {
        var link = signedInStaff.current();
        var user = users.findByUsernameIgnoreCase(account.username());
        boolean mustChange = user.map(AppUser::isMustChangePassword).orElse(false);
        // A field account's organisation is the only one it records encounters for; others choose theirs.
        Long organisationId = link.map(SignedInStaff.Link::organisationId).orElse(null);
        String organisationName = link.map(SignedInStaff.Link::organisationName).orElse(null);
        if (account.role() == Role.FIELD) {
            var own = signedInStaff.ownOrganisation();
            organisationId = own.map(Organisation::getId).orElse(null);
            organisationName = own.map(Organisation::getName).orElse(null);
        }
        return new Me(account.username(), account.role(), currentConsortium.get().getName(),
                link.map(SignedInStaff.Link::staffId).orElse(null), link.map(SignedInStaff.Link::label).orElse(null),
                organisationId, organisationName, mustChange, user.map(AppUser::isPlatformOperator).orElse(false));
    }

    /**
     * The signed-in user replaces their own password, giving the current one. Their other sessions end; this one
     * goes on with the new password.
     */
    @PutMapping("/api/me/password")
    PasswordChanged changeOwnPassword(@AuthenticationPrincipal Account account, @RequestBody PasswordChange change,
            HttpServletRequest request, HttpServletResponse response) {
        AppUser user = accounts.changeOwnPassword(account.username(), change.currentPassword(), change.newPassword());
        AccountPrincipal principal = AccountPrincipal.of(user);
        Authentication renewed = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
            sessions.saveContext(context, request, response);
        }
        return new PasswordChanged(landing.landingPage(renewed));
    }

    @GetMapping("/api/users")
    @Transactional(readOnly = true)
    List<UserView> users() {
        return users.findByConsortiumIdOrderByUsername(currentConsortium.get().getId()).stream()
                .map(UserView::of)
                .toList();
    }

    /**
     * Links a field account to the staff record of the person using it, within the admin's consortium: another
     * consortium's account or staff answers 404, like an unknown one.
     */
    @PutMapping("/api/users/{id}/staff")
    @Transactional
    UserView linkStaff(@PathVariable long id, @RequestBody StaffLinkRequest request) {
        Consortium consortium = currentConsortium.get();
        AppUser user = account(id, consortium);
        accounts.linkStaff(user, person(request.staffId(), consortium));
        return UserView.of(user);
    }

    /**
     * An admin creates accounts in their own consortium; the password is hashed, never stored or returned. A field
     * account may be linked to its person's staff record at once.
     */
    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    UserView create(@RequestBody NewUser request) {
        if (request.role() == null) {
            throw new IllegalArgumentException("rôle obligatoire : ADMIN, COORDINATOR, FIELD ou FUNDER");
        }
        if (request.password() == null) {
            throw new IllegalArgumentException("mot de passe obligatoire");
        }
        Consortium consortium = currentConsortium.get();
        Staff person = person(request.staffId(), consortium);
        AppUser user = accounts.createInOwnNamespace(request.username(), request.password(), request.role(),
                consortium, request.organisation());
        if (person != null) {
            accounts.linkStaff(user, person);
        }
        if (Boolean.TRUE.equals(request.mustChangePassword())) {
            accounts.requirePasswordChange(user);
        }
        return UserView.of(user);
    }

    /**
     * Disables or enables an account. A disabled account is refused at once: HTTP Basic answers 401, its open
     * sessions end at their next request and its calendar subscription stops.
     */
    @PutMapping("/api/users/{id}/enabled")
    @Transactional
    UserView setEnabled(@PathVariable long id, @RequestBody EnabledRequest request,
            @AuthenticationPrincipal Account admin) {
        if (request.enabled() == null) {
            throw new IllegalArgumentException("indiquez « enabled » : true pour activer, false pour désactiver");
        }
        AppUser user = account(id, currentConsortium.get());
        accounts.setEnabled(user, request.enabled(), admin.username());
        return UserView.of(user);
    }

    /** A new temporary password, shown once; its owner must change it at the next sign-in. */
    @PostMapping("/api/users/{id}/password-reset")
    @Transactional
    PasswordReset resetPassword(@PathVariable long id, @AuthenticationPrincipal Account admin) {
        AppUser user = account(id, currentConsortium.get());
        return new PasswordReset(user.getUsername(), accounts.resetPassword(user, admin.username()));
    }

    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    List<AuditView> audit(@RequestParam(defaultValue = "200") int limit) {
        return audit.findByConsortiumIdOrderByOccurredAtDescIdDesc(currentConsortium.get().getId(),
                        Limit.of(Math.max(1, Math.min(limit, 1000)))).stream()
                .map(e -> new AuditView(e.getOccurredAt(), e.getUsername(), e.getAction(), e.getResource(),
                        e.getRemoteAddress()))
                .toList();
    }

    private AppUser account(long id, Consortium consortium) {
        return users.findByIdAndConsortiumId(id, consortium.getId())
                .orElseThrow(() -> new NoSuchElementException("compte " + id + " introuvable"));
    }

    private Staff person(Long staffId, Consortium consortium) {
        return staffId == null ? null : staff.findByIdAndConsortium(staffId, consortium)
                .orElseThrow(() -> new NoSuchElementException("professionnel " + staffId + " introuvable"));
    }
}
