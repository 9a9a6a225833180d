package fr.allervers.security;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.CurrentConsortium;

/** Who am I, the accounts of my consortium (admin), and the audit trail of sensitive reads. */
@RestController
class AccountController {

    record Me(String username, Role role, String consortium) {
    }

    record UserView(Long id, String username, Role role, String organisation) {
    }

    record NewUser(String username, String password, Role role, String organisation) {
    }

    record AuditView(Instant at, String username, String action, String resource, String remoteAddress) {
    }

    private final Accounts accounts;
    private final AppUserRepository users;
    private final AuditEventRepository audit;
    private final CurrentConsortium currentConsortium;

    AccountController(Accounts accounts, AppUserRepository users, AuditEventRepository audit,
            CurrentConsortium currentConsortium) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.currentConsortium = currentConsortium;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal Account account) {
        return new Me(account.username(), account.role(), currentConsortium.get().getName());
    }

    @GetMapping("/api/users")
    @Transactional(readOnly = true)
    List<UserView> users() {
        return users.findByConsortiumIdOrderByUsername(currentConsortium.get().getId()).stream()
                .map(u -> new UserView(u.getId(), u.getUsername(), u.getRole(),
                        u.getOrganisation() == null ? null : u.getOrganisation().getName()))
                .toList();
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
        return new UserView(user.getId(), user.getUsername(), user.getRole(), request.organisation());
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
