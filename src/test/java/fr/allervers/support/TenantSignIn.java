package fr.allervers.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import fr.allervers.security.Role;

/**
 * Before a test class: makes its own consortium ({@link TestTenants}). Before each test method: signs in as that
 * consortium's coordinator, or as the role its {@link AsRole} names. A test that says who it is with Spring
 * Security's own annotations ({@code @WithAnonymousUser}, {@code @WithMockUser}…) is left to them.
 */
public class TenantSignIn extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 10_500;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        tenants(testContext.getApplicationContext()).of(testContext.getTestClass());
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (AnnotatedElementUtils.hasAnnotation(testContext.getTestMethod(), WithSecurityContext.class)
                || TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), WithSecurityContext.class)) {
            return;
        }
        Role role = role(testContext);
        UserDetails user = testContext.getApplicationContext().getBean(UserDetailsService.class)
                .loadUserByUsername(TestTenants.username(testContext.getTestClass(), role));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(),
                user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        TestSecurityContextHolder.clearContext();
    }

    private static Role role(TestContext testContext) {
        AsRole onMethod = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestMethod(), AsRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        AsRole onClass = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(), AsRole.class);
        return onClass == null ? Role.COORDINATOR : onClass.value();
    }

    static TestTenants tenants(ApplicationContext context) {
        return context.getAutowireCapableBeanFactory().createBean(TestTenants.class);
    }
}
