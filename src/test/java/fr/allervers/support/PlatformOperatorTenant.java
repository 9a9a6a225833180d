package fr.allervers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class's admin and coordinator accounts ({@link TestTenants}) are platform operators: they may import the
 * communes and QPV all consortia share. Without it, a test consortium is like any consortium of a shared deployment.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PlatformOperatorTenant {
}
