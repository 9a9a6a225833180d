package fr.allervers.security;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;

/** Who am I, the accounts of my consortium (admin), and the audit trail of sensitive reads. */
@RestController
class AccountController {

    /**
     * @param staffId the linked staff record of a field account, null when none
     * @param organisationId that person's member organisation: the one their encounters are recorded for
     */
    record Me(String username, Role role, String consortium, Long staffId, String staffLabel, Long organisationId,
            String organisationName) {
    }

    record UserView(Long id, String username, Role role, String organisation, Long staffId, String staffLabel) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getRole(),
                    u.getOrganisation() == null ? null : u.getOrganisation().getName(),
                    u.getStaff() == null ? null : u.getStaff().getId(),
                    u.getStaff() == null ? null : u.getStaff().getLabel());
        }
    }

    /** @param staffId null to remove the link */
    record StaffLinkRequest(Long staffId) {
    }

    record NewUser(String username, String password, Role role, String organisation) {
    }

    record AuditView(Instant at, String username, String action, String resource, String remoteAddress) {
    }

    private final Accounts accounts;
    private final AppUserRepository users;
    private final AuditEventRepository audit;
    private final CurrentConsortium currentConsortium;
    private final SignedInStaff signedInStaff;
    private final StaffRepository staff;

    AccountController(Accounts accounts, AppUserRepository users, AuditEventRepository audit,
            CurrentConsortium currentConsortium, SignedInStaff signedInStaff, StaffRepository staff) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.currentConsortium = currentConsortium;
        this.signedInStaff = signedInStaff;
        this.staff = staff;
    }

    @GetMapping("/api/me")
    @Transactional(readOnly = true)
    Me me(@AuthenticationPrincipal Account account) {
        var link = signedInStaff.current();
        return new Me(account.username(), account.role(), currentConsortium.get().getName(),
                link.map(SignedInStaff.Link::staffId).orElse(null), link.map(SignedInStaff.Link::label).orElse(null),
                link.map(SignedInStaff.Link::organisationId).orElse(null),
                link.map(SignedInStaff.Link::organisationName).orElse(null));
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
        AppUser user = users.findByIdAndConsortiumId(id, consortium.getId())
                .orElseThrow(() -> new NoSuchElementException("compte " + id + " introuvable"));
        Staff person = request.staffId() == null ? null : staff.findByIdAndConsortium(request.staffId(), consortium)
                .orElseThrow(() -> new NoSuchElementException("professionnel " + request.staffId() + " introuvable"));
        if (person != null && user.getRole() != Role.FIELD) {
            throw new IllegalArgumentException("seul un compte de terrain (FIELD) peut être lié à un professionnel ; « "
                    + user.getUsername() + " » est " + user.getRole());
        }
        user.linkStaff(person);
        return UserView.of(user);
    }

    /** An admin creates accounts in their own consortium; the password is hashed, never stored or returned. */
    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser request) {
        if (request.role() == null) {
            throw new IllegalArgumentException("rôle obligatoire : ADMIN, COORDINATOR, FIELD ou FUNDER");
        }
        if (request.password() == null) {
            throw new IllegalArgumentException("mot de passe obligatoire");
        }
        Consortium consortium = currentConsortium.get();
        AppUser user = accounts.create(request.username(), request.password(), request.role(), consortium,
                request.organisation(), true);
        return new UserView(user.getId(), user.getUsername(), user.getRole(), request.organisation(), null, null);
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
}
