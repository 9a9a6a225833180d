package fr.allervers.security;

import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.Consortium;
import java.util.NoSuchElementException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * The consortium the current request works for: the signed-in user's. Every query on consortium-owned data
 * goes through it, so that tenant isolation lives in the queries. Outside a request (command line, solvers, jobs)
 * there is no user, and asking is a programming error: those paths name their consortium themselves.
 */
@Component
public class CurrentConsortium {

    private final ConsortiumRepository consortia;

    CurrentConsortium(ConsortiumRepository consortia) {
        this.consortia = consortia;
    }

    @Transactional(readOnly = true)
    public Consortium get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return consortia.findById(account.consortiumId())
                    .orElseThrow(() -> new NoSuchElementException("consortium du compte introuvable"));
        }
        // No fallback to "some" consortium: off a request (solvers, jobs, commands) the consortium is always passed
        // explicitly, and a silent default would be a way into another consortium's data.
        throw new IllegalStateException("aucun utilisateur connecté : le consortium doit être donné explicitement");
    }
}
