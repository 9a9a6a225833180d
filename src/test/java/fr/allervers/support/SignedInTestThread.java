package fr.allervers.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * MockMvc runs the application's filters on the test's own thread, and the security filters clear the signed-in
 * user when a request ends. Services the test calls directly between two requests (e.g. {@code CurrentConsortium})
 * must still see the test's user, so it is put back after every request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInTestThread {

    @Bean
    MockMvcBuilderCustomizer restoreTestUserAfterEachRequest() {
        return builder -> builder.alwaysDo(result -> SecurityContextHolder.setContext(
                TestSecurityContextHolder.getContext()));
    }
}
