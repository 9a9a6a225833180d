package fr.allervers.support;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Locale;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.demo.DemoAccounts;
import fr.allervers.demo.DemoEncounterLoader;
import fr.allervers.demo.DemoStaffLink;
import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.security.Role;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;

/**
 * Gives each test class a consortium of its own, seeded like the demo (territory « Portes du Sud (démo) », places,
 * hotels, people, van, synthetic encounter history) with one account per role. Every query of the application
 * filters by consortium, so test classes never see each other's plans, encounters or edits, whatever their order,
 * and no test has to pick far-away dates or places to stay out of another's way.
 */
@TestComponent
public class TestTenants {

    /** The password of every test account: long enough for any password rule. */
    public static final String PASSWORD = "brume-lavande-quai-2026";

    private final ConsortiumRepository consortia;
    private final DemoTerritoryLoader territory;
    private final DemoAccounts accounts;
    private final DemoStaffLink staffLink;
    private final DemoEncounterLoader encounters;
    private final JdbcTemplate jdbc;

    TestTenants(ConsortiumRepository consortia, DemoTerritoryLoader territory, DemoAccounts accounts,
            DemoStaffLink staffLink, DemoEncounterLoader encounters, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.consortia = consortia;
        this.territory = territory;
        this.accounts = accounts;
        this.staffLink = staffLink;
        this.encounters = encounters;
    }

    /** The consortium of {@code testClass}, made on first use. */
    @Transactional
    public Consortium of(Class<?> testClass) {
        String name = consortiumName(testClass);
        return consortia.findByName(name).orElseGet(() -> {
            Consortium consortium = territory.seed(name);
            accounts.seed(consortium, prefix(testClass), PASSWORD);
            staffLink.seed(consortium, username(testClass, Role.FIELD));
            encounters.seed(consortium);
            if (outermost(testClass).isAnnotationPresent(PlatformOperatorTenant.class)) {
                jdbc.update("update app_user set platform_operator = true where username in (?, ?)",
                        username(testClass, Role.ADMIN), username(testClass, Role.COORDINATOR));
            }
            return consortium;
        });
    }

    public static String consortiumName(Class<?> testClass) {
        return "Test " + outermost(testClass).getSimpleName();
    }

    /** The account of {@code role} in the consortium of {@code testClass}. */
    public static String username(Class<?> testClass, Role role) {
        return prefix(testClass) + switch (role) {
            case ADMIN -> "admin";
            case COORDINATOR -> "coordination";
            case FIELD -> "terrain";
            case FUNDER -> "financeur";
        };
    }

    /** HTTP Basic as that account, for requests made outside a test method (e.g. in {@code @BeforeAll}). */
    public static RequestPostProcessor basic(Class<?> testClass, Role role) {
        return httpBasic(username(testClass, role), PASSWORD);
    }

    private static String prefix(Class<?> testClass) {
        return outermost(testClass).getSimpleName().toLowerCase(Locale.ROOT) + ".";
    }

    private static Class<?> outermost(Class<?> testClass) {
        Class<?> outer = testClass;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }
}
