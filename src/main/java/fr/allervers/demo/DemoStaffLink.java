package fr.allervers.demo;

import fr.allervers.security.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.StaffRepository;
import fr.allervers.system.ServerOnly;

/**
 * Links the demo field account {@code terrain} to the demo social worker TS-2 (Association Bêta), so that "ma journée"
 * and the personal calendar work in the demo. Runs after the demo territory (order 0) and accounts (order 1); leaves
 * an existing link alone.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "allervers.demo.enabled", havingValue = "true")
@ServerOnly
public class DemoStaffLink implements ApplicationRunner {

    static final String USERNAME = DemoAccounts.USERNAME_FIELD;
    static final String STAFF_REF = "TS-2";
    private static final Logger LOG = LoggerFactory.getLogger(DemoStaffLink.class);

    private final AppUserRepository users;
    private final ConsortiumRepository consortia;
    private final StaffRepository staff;

    DemoStaffLink(AppUserRepository users, ConsortiumRepository consortia, StaffRepository staff) {
        this.users = users;
        this.consortia = consortia;
        this.staff = staff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        consortia.findByName(DemoTerritoryLoader.CONSORTIUM).ifPresent(demo -> seed(demo, USERNAME));
    }

    /** Links the field account {@code username} of {@code consortium} to that consortium's TS-2, once. */
    @Transactional
    public void seed(Consortium consortium, String username) {
        users.findByUsernameIgnoreCase(username).filter(user -> user.getStaff() == null)
                .filter(user -> consortium.getId().equals(user.getConsortium().getId()))
                .ifPresent(user -> staff.findByConsortiumAndRef(consortium, STAFF_REF).ifPresent(ts2 -> {
                    user.linkStaff(ts2);
                    LOG.info("Demo account « {} » linked to staff {}", username, STAFF_REF);
                }));
    }
}
