package fr.allervers.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (the nightly purge of old encounters) run in the service, never in a command line tool. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ServerOnly
class Scheduling {
}
