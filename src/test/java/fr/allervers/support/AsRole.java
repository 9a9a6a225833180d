package fr.allervers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.allervers.security.Role;

/**
 * Signs the test in as the account of this role in the test class's own consortium (see {@link TestTenants}).
 * Without it a database test runs as its consortium's coordinator.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface AsRole {

    Role value();
}
