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
 * goes through it, so that tenant isolation lives in the queries. Outside a request (command line import,
 * start-up jobs) there is no user: the first consortium is used, created on demand for a fresh database.
 */
@Component
public class CurrentConsortium {

    static final String DEFAULT_NAME = "Consortium";

    private final ConsortiumRepository consortia;

    CurrentConsortium(ConsortiumRepository consortia) {
        this.consortia = consortia;
    }

    @Transactional
    public Consortium get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return consortia.findById(account.consortiumId())
                    .orElseThrow(() -> new NoSuchElementException("consortium du compte introuvable"));
        }
        return consortia.findFirstByOrderByIdAsc().orElseGet(() -> consortia.save(new Consortium(DEFAULT_NAME)));
    }
}
