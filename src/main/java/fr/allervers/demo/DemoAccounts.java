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

/**
 * The four demo accounts of the embedded default, one per role, in the demo consortium. The password comes from
 * {@code ALLERVERS_DEMO_PASSWORD} (default {@code demo}). Never created with the postgres profile.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "allervers.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

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
        Consortium demo = accounts.consortium(DemoTerritoryLoader.CONSORTIUM);
        create("admin", Role.ADMIN, demo, null);
        create("coordination", Role.COORDINATOR, demo, "Association Alpha (démo)");
        create("terrain", Role.FIELD, demo, "Association Bêta (démo)");
        create("financeur", Role.FUNDER, demo, null);
    }

    private void create(String username, Role role, Consortium consortium, String organisation) {
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            // The documented demo password is short on purpose: the one account kind exempt from the policy.
            accounts.createDemoAccount(username, properties.demoPassword(), role, consortium, organisation);
            LOG.info("Demo account « {} » ({}) created", username, role);
        }
    }
}
