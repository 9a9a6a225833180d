package fr.allervers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application test against the real database of the run: it runs on H2GIS, and again on PostGIS in the
 * {@code postgis} build. All such tests share one Spring context per database. They run as the demo coordinator
 * ({@code coordination}) unless a test says otherwise with its own {@code @WithUserDetails} or
 * {@code @WithAnonymousUser}, and send a CSRF token like a browser would ({@link CsrfByDefault}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Tag("db")
@Import(CsrfByDefault.class)
@WithUserDetails(value = "coordination", setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface DatabaseTest {
}
