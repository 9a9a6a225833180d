package fr.allervers.demo;

import fr.allervers.security.SecurityProperties;
import fr.allervers.security.Role;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;
import fr.allervers.system.ServerOnly;

/**
 * The four demo accounts of the embedded default, one per role, in the demo consortium. The password comes from
 * {@code ALLERVERS_DEMO_PASSWORD} (default {@code demo}). Never created with the postgres profile.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "allervers.demo.enabled", havingValue = "true")
@ServerOnly
public class DemoAccounts implements ApplicationRunner {

    static final String USERNAME_FIELD = "terrain";

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final AppUserRepository users;
    private final SecurityProperties properties;

    DemoAccounts(Accounts accounts, AppUserRepository users, SecurityProperties properties) {
        this.accounts = accounts;
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seed(accounts.consortium(DemoTerritoryLoader.CONSORTIUM), "", properties.demoPassword());
    }

    /** The four accounts of a demo consortium, one per role, named {@code prefix} + admin, coordination… */
    @Transactional
    public void seed(Consortium consortium, String prefix, String password) {
        create(prefix + "admin", Role.ADMIN, consortium, null, password);
        create(prefix + "coordination", Role.COORDINATOR, consortium, "Association Alpha (démo)", password);
        create(prefix + USERNAME_FIELD, Role.FIELD, consortium, "Association Bêta (démo)", password);
        create(prefix + "financeur", Role.FUNDER, consortium, null, password);
    }

    private void create(String username, Role role, Consortium consortium, String organisation, String password) {
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            // Demo passwords are short on purpose (documented, or the tests' own): the one exemption from the policy.
            accounts.createDemoAccount(username, password, role, consortium, organisation);
            LOG.info("Demo account « {} » ({}) created", username, role);
        }
    }
}
