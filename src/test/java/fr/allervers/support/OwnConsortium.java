package fr.allervers.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Role;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;

/**
 * A consortium of a test class's own, with a coordinator account and one member organisation, so that the data the
 * class records cannot meet another class's. Created on first use; the database lives as long as the Spring context.
 */
public record OwnConsortium(Consortium consortium, Organisation organisation, RequestPostProcessor coordinator) {

    private static final String PASSWORD = "mot-de-passe-de-test";

    public static OwnConsortium of(Accounts accounts, AppUserRepository users, String consortiumName, String username) {
        Consortium consortium = accounts.consortium(consortiumName);
        var user = users.findByUsernameIgnoreCase(username).orElseGet(() -> accounts.create(username, PASSWORD,
                Role.COORDINATOR, consortium, "Équipe de " + consortiumName, true));
        return new OwnConsortium(consortium, user.getOrganisation(), httpBasic(username, PASSWORD));
    }
}
