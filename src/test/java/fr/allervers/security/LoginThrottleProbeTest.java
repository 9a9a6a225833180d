package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;

/**
 * Replays the login-throttle probe of issue #13: 25 parallel wrong passwords on one account were all checked; while
 * {@code victim1} was locked, {@code vıctim1} (dotless ı) signed in as victim1; five failures from anywhere locked
 * anyone out, the admin included. Each scenario uses addresses of its own (TEST-NET-3), so that no other test
 * shares its counts.
 */
@DatabaseTest
class LoginThrottleProbeTest {

    @Autowired
    WebApplicationContext context;
    MockMvc anonymous;

    @BeforeEach
    void anonymousClient() {
        anonymous = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void twentyFiveParallelWrongPasswordsOnOneAccountAreNotAllChecked() throws Exception {
        String victim = TestTenants.username(getClass(), Role.FUNDER);
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String guess = "mauvais-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return basic(victim, guess, "203.0.113.1");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).as("passwords checked (401) at most the limit, the rest refused (429)")
                .filteredOn(status -> status == 401).hasSizeLessThanOrEqualTo(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSizeGreaterThanOrEqualTo(20);
        assertThat(statuses).containsOnly(401, 429);
        assertThat(basic(victim, TestTenants.PASSWORD, "203.0.113.1")).as("locked from there").isEqualTo(429);
    }

    @Test
    void anotherSpellingOfALockedAccountNeitherSignsInNorEscapesTheLock() throws Exception {
        String victim = TestTenants.username(getClass(), Role.FIELD);
        String attacker = "203.0.113.2";
        for (int i = 0; i < 5; i++) {
            assertThat(basic(victim, "mauvais-" + i, attacker)).isEqualTo(401);
        }
        assertThat(basic(victim, TestTenants.PASSWORD, attacker)).isEqualTo(429);
        String dotless = victim.replace('i', '\u0131');
        assertThat(dotless).isNotEqualTo(victim);
        assertThat(basic(dotless, TestTenants.PASSWORD, attacker)).as("dotless ı is another, unknown name")
                .isEqualTo(401);
        String dottedCapital = victim.replace('i', '\u0130');
        assertThat(basic(dottedCapital, TestTenants.PASSWORD, attacker)).as("dotted İ neither").isEqualTo(401);
        assertThat(basic(victim.toUpperCase(java.util.Locale.ROOT), TestTenants.PASSWORD, attacker))
                .as("the same account in capitals is the same lock").isEqualTo(429);
    }

    @Test
    void failuresFromOneAddressDoNotLockTheAdminOutElsewhere() throws Exception {
        String admin = TestTenants.username(getClass(), Role.ADMIN);
        for (int i = 0; i < 5; i++) {
            assertThat(basic(admin, "mauvais-" + i, "203.0.113.3")).isEqualTo(401);
        }
        assertThat(basic(admin, TestTenants.PASSWORD, "203.0.113.3")).as("the guesser's address").isEqualTo(429);
        assertThat(basic(admin, TestTenants.PASSWORD, "203.0.113.4")).as("the admin, from their own address")
                .isEqualTo(200);
    }

    private int basic(String username, String password, String address) throws Exception {
        return anonymous.perform(get("/api/me").with(httpBasic(username, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse().getStatus();
    }
}
