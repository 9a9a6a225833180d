package fr.allervers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A full application test against the real database of the run: it runs on H2GIS, and again on PostGIS in the
 * {@code postgis} build. All such tests share one Spring context per database, but each test class works in a
 * consortium of its own ({@link TestTenants}). They run as that consortium's coordinator unless a test says
 * otherwise with {@link AsRole} (or Spring Security's {@code @WithAnonymousUser}, {@code @WithMockUser}), and send
 * a CSRF token like a browser would ({@link CsrfByDefault}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.class)
@Tag("db")
@Import({CsrfByDefault.class, SignedInTestThread.class})
@TestExecutionListeners(listeners = TenantSignIn.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface DatabaseTest {
}
