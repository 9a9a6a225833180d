package fr.allervers.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import fr.allervers.support.TenantSignIn;
import fr.allervers.support.TestDatabase;

/**
 * A page tested in a real headless Chromium against the running application on a random port. Every browser
 * test carries exactly these annotations so that they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
@TestExecutionListeners(listeners = TenantSignIn.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@interface BrowserTest {
}
