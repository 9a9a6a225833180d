package fr.allervers.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * A bean of the running service only, never created when the jar runs a command line tool ({@code import},
 * {@code create-user}), which starts without the web server (see {@code AllerVersApplication}). For what needs
 * HTTP (the security filter chain) and for what a short command must not do to a database the service may be
 * using at the same moment: load the demo, mark its plans interrupted, resume its solving, run nightly jobs.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication
public @interface ServerOnly {
}
