package fr.allervers.territory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which consortium the current request works for. Every query on consortium-owned data goes through it, so
 * that tenant isolation lives in the queries. Until accounts exist it is the first consortium, created on
 * demand for a fresh database.
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
        return consortia.findFirstByOrderByIdAsc().orElseGet(() -> consortia.save(new Consortium(DEFAULT_NAME)));
    }
}
