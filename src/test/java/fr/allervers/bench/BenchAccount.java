package fr.allervers.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.context.ApplicationContext;

import fr.allervers.security.Accounts;
import fr.allervers.security.Role;
import fr.allervers.territory.Consortium;

/** The benchmarks call the API like a script would: HTTP Basic, as a coordinator of the benchmark's consortium. */
final class BenchAccount {

    private static final String USERNAME = "bench-coordinator";
    private static final String PASSWORD = "bench-password-not-secret";

    private BenchAccount() {
    }

    /** Creates the account in the given consortium and returns the {@code Authorization} header value. */
    static String basicAuthorization(ApplicationContext app, Consortium consortium) {
        app.getBean(Accounts.class).create(USERNAME, PASSWORD, Role.COORDINATOR, consortium, null, true);
        return "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The first consortium of a fresh benchmark database, created when there is none yet. */
    static Consortium firstConsortium(ApplicationContext app, String name) {
        return app.getBean(Accounts.class).consortium(name);
    }
}
